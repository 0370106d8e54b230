import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic, setPracticeTimezone } from '@tests/support/clinical-fixtures';

async function setUp(timezone: string) {
  const clinic = await createClinic('appt-cal');
  await setPracticeTimezone(clinic, clinic.practiceId, timezone);
  const vet = await addStaff(clinic, 'VETERINARIAN', { name: 'Dr Ada' });
  const otherVet = await addStaff(clinic, 'VETERINARIAN', { name: 'Dr Bo', signIn: false });
  await addStaff(clinic, 'VETERINARIAN', { name: 'Dr Gone', isActive: false, signIn: false });
  await addStaff(clinic, 'TECHNICIAN', { name: 'Tech Tom', signIn: false });
  const patient = await addPatient(clinic, { name: 'Miso', species: 'CAT' });
  const caller = { origin: clinic.origin, cookie: vet.cookie };
  const book = async (startsAt: string, endsAt: string, veterinarianId = vet.id) => {
    const res = await appointmentsApi.create(caller, {
      practiceId: clinic.practiceId,
      patientId: patient.id,
      veterinarianId,
      startsAt,
      endsAt,
    });
    expect(res.status).toBe(201);
    return res.body.data.id as string;
  };
  const calendar = (params: Record<string, string>) =>
    appointmentsApi.calendar(caller, { practiceId: clinic.practiceId, ...params });
  return { clinic, vet, otherVet, patient, caller, book, calendar };
}

describe('appointment calendar', () => {
  it('shows a local day of a practice east of UTC, with names and the practice’s veterinarians', async () => {
    const { book, calendar, vet, otherVet, patient } = await setUp('Asia/Tokyo');
    const lateEvening = await book('2030-06-02T14:30:00Z', '2030-06-02T14:45:00Z'); // 23:30 on 2 June in Tokyo
    const acrossMidnight = await book('2030-06-02T14:50:00Z', '2030-06-02T15:10:00Z'); // 23:50–00:10
    const earlyMorning = await book('2030-06-02T15:30:00Z', '2030-06-02T16:00:00Z'); // 00:30 on 3 June
    const lastSlot = await book('2030-06-03T14:30:00Z', '2030-06-03T15:00:00Z', otherVet.id); // 23:30 on 3 June
    await book('2030-06-03T15:00:00Z', '2030-06-03T15:30:00Z'); // 00:00 on 4 June

    const res = await calendar({ view: 'day', date: '2030-06-03' });
    expect(res.status).toBe(200);
    const day = res.body.data;
    expect(day).toMatchObject({
      view: 'day',
      days: ['2030-06-03'],
      from: '2030-06-02T15:00:00.000Z',
      to: '2030-06-03T15:00:00.000Z',
      practice: { timezone: 'Asia/Tokyo' },
    });
    expect(day.appointments.map((a: { id: string }) => a.id)).toEqual([
      acrossMidnight,
      earlyMorning,
      lastSlot,
    ]);
    expect(day.appointments).not.toContainEqual(expect.objectContaining({ id: lateEvening }));
    expect(day.appointments[0]).toMatchObject({
      patient: { name: 'Miso', species: 'CAT' },
      veterinarian: { name: 'Dr Ada' },
    });
    expect(day.appointments[0].client.id).toBe(patient.clientId);
    expect(day.veterinarians).toEqual([
      { id: vet.id, name: 'Dr Ada' },
      { id: otherVet.id, name: 'Dr Bo' },
    ]);

    const onlyBo = await calendar({ view: 'day', date: '2030-06-03', veterinarianId: otherVet.id });
    expect(onlyBo.body.data.appointments.map((a: { id: string }) => a.id)).toEqual([lastSlot]);
  });

  it('makes the day of a daylight saving change 23 hours long and starts weeks on the local Monday', async () => {
    const { calendar, book } = await setUp('America/New_York');
    // US clocks go forward on Sunday 10 March 2030.
    const springDay = await calendar({ view: 'day', date: '2030-03-10' });
    expect(springDay.body.data).toMatchObject({
      from: '2030-03-10T05:00:00.000Z',
      to: '2030-03-11T04:00:00.000Z',
    });

    const sunday = await calendar({ view: 'week', date: '2030-03-10' });
    expect(sunday.body.data).toMatchObject({
      view: 'week',
      days: [
        '2030-03-04',
        '2030-03-05',
        '2030-03-06',
        '2030-03-07',
        '2030-03-08',
        '2030-03-09',
        '2030-03-10',
      ],
      from: '2030-03-04T05:00:00.000Z',
      to: '2030-03-11T04:00:00.000Z',
    });

    const mondayMorning = await book('2030-03-11T04:30:00Z', '2030-03-11T05:00:00Z'); // 00:30 Monday local
    const sundayNight = await book('2030-03-11T03:30:00Z', '2030-03-11T03:45:00Z'); // 23:30 Sunday local
    const wednesday = await calendar({ view: 'week', date: '2030-03-13' });
    expect(wednesday.body.data).toMatchObject({
      from: '2030-03-11T04:00:00.000Z',
      to: '2030-03-18T04:00:00.000Z',
    });
    expect(wednesday.body.data.days[0]).toBe('2030-03-11');
    expect(wednesday.body.data.appointments.map((a: { id: string }) => a.id)).toEqual([mondayMorning]);
    expect(sunday.body.data.appointments).toEqual([]);
    expect(
      (await calendar({ view: 'week', date: '2030-03-10' })).body.data.appointments.map(
        (a: { id: string }) => a.id,
      ),
    ).toEqual([sundayNight]);
  });

  it('hides cancelled appointments unless asked and defaults to today in the practice’s zone', async () => {
    const { calendar, book, caller } = await setUp('Pacific/Auckland');
    const id = await book('2030-06-03T00:00:00Z', '2030-06-03T00:30:00Z');
    await appointmentsApi.setStatus(caller, id, { status: 'CANCELLED' });
    expect((await calendar({ date: '2030-06-03' })).body.data.appointments).toEqual([]);
    expect(
      (await calendar({ date: '2030-06-03', includeCancelled: 'true' })).body.data.appointments,
    ).toHaveLength(1);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland' }).format(new Date());
    expect((await calendar({})).body.data.days).toEqual([today]);
  });

  it('validates the view and date', async () => {
    const { calendar } = await setUp('UTC');
    expect((await calendar({ view: 'month' })).status).toBe(400);
    expect((await calendar({ date: '2030-02-30' })).status).toBe(400);
    expect((await calendar({ date: 'tomorrow' })).status).toBe(400);
  });
});
