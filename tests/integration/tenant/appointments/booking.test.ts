import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addPractice, addStaff, createClinic } from '@tests/support/clinical-fixtures';

const at = (hhmm: string, day = '2030-06-03') => `${day}T${hhmm}:00.000Z`;

async function setUp() {
  const clinic = await createClinic('appt-book');
  const vet = await addStaff(clinic, 'VETERINARIAN');
  const desk = await addStaff(clinic, 'RECEPTIONIST');
  const patient = await addPatient(clinic);
  const caller = { origin: clinic.origin, cookie: desk.cookie };
  const book = (overrides: Record<string, unknown> = {}) =>
    appointmentsApi.create(caller, {
      practiceId: clinic.practiceId,
      patientId: patient.id,
      veterinarianId: vet.id,
      startsAt: at('09:00'),
      durationMinutes: 30,
      type: 'CONSULTATION',
      reason: 'Annual check-up',
      ...overrides,
    });
  return { clinic, vet, desk, patient, caller, book };
}

describe('booking appointments', () => {
  it('books an appointment, taking the client from the patient and the end from the duration', async () => {
    const { book, patient, vet, desk } = await setUp();
    const res = await book();
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      patient: { id: patient.id, name: patient.name, species: 'DOG' },
      client: { id: patient.clientId },
      veterinarian: { id: vet.id, name: vet.name },
      startsAt: at('09:00'),
      endsAt: at('09:30'),
      durationMinutes: 30,
      status: 'SCHEDULED',
      doubleBooked: false,
      nextStatuses: ['CONFIRMED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW'],
    });
    expect(desk.role).toBe('RECEPTIONIST');
  });

  it('refuses a client id in the body: the owner always comes from the patient', async () => {
    const { book, clinic } = await setUp();
    const other = await addPatient(clinic);
    const res = await book({ clientId: other.clientId });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('refuses an overlapping booking of the same veterinarian with the conflicting appointment in the details', async () => {
    const { book } = await setUp();
    const first = await book();
    const clash = await book({ startsAt: at('09:15'), durationMinutes: 30 });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('APPOINTMENT_CONFLICT');
    expect(clash.body.error.details.conflictingAppointment).toMatchObject({
      id: first.body.data.id,
      startsAt: at('09:00'),
    });
  });

  it('accepts back-to-back appointments and the same time with another veterinarian for another patient', async () => {
    const { book, clinic } = await setUp();
    const otherVet = await addStaff(clinic, 'VETERINARIAN', { signIn: false });
    const otherPatient = await addPatient(clinic);
    expect((await book()).status).toBe(201);
    expect((await book({ startsAt: at('09:30') })).status).toBe(201);
    expect((await book({ startsAt: at('08:30') })).status).toBe(201);
    expect((await book({ veterinarianId: otherVet.id, patientId: otherPatient.id })).status).toBe(201);
  });

  it('double-books only when asked, and marks only a booking that really overlaps', async () => {
    const { book } = await setUp();
    const free = await book({ allowDoubleBooking: true });
    expect(free.status).toBe(201);
    expect(free.body.data.doubleBooked).toBe(false);
    const overlap = await book({ allowDoubleBooking: true, startsAt: at('09:10'), durationMinutes: 10 });
    expect(overlap.status).toBe(201);
    expect(overlap.body.data.doubleBooked).toBe(true);
    // The unmarked first booking still guards its slot against ordinary bookings.
    expect((await book({ startsAt: at('09:20'), durationMinutes: 5 })).status).toBe(409);
  });

  it('frees the slot of a cancelled or missed appointment', async () => {
    const { book, caller } = await setUp();
    const first = await book();
    expect(
      (
        await appointmentsApi.setStatus(caller, first.body.data.id, {
          status: 'CANCELLED',
          reason: 'Owner ill',
        })
      ).status,
    ).toBe(200);
    const second = await book();
    expect(second.status).toBe(201);
    expect((await appointmentsApi.setStatus(caller, second.body.data.id, { status: 'NO_SHOW' })).status).toBe(
      200,
    );
    expect((await book()).status).toBe(201);
  });

  it('lets exactly one of several concurrent bookings of the same slot win', async () => {
    const { book, caller, clinic } = await setUp();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => book({ startsAt: at(`09:0${i}`) })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    for (const loser of results.filter((r) => r.status === 409))
      expect(loser.body.error.code).toBe('APPOINTMENT_CONFLICT');
    const listed = await appointmentsApi.list(caller, { practiceId: clinic.practiceId });
    expect(listed.body.data).toHaveLength(1);
  });

  it('requires the patient to belong to the practice and the veterinarian to be an active vet working there', async () => {
    const { book, clinic } = await setUp();
    const elsewhere = await addPractice(clinic);
    const foreignPatient = await addPatient(clinic, { practiceId: elsewhere });
    const tech = await addStaff(clinic, 'TECHNICIAN', { signIn: false });
    const retired = await addStaff(clinic, 'VETERINARIAN', { isActive: false, signIn: false });
    const visiting = await addStaff(clinic, 'VETERINARIAN', { practiceIds: [elsewhere], signIn: false });

    const wrongPatient = await book({ patientId: foreignPatient.id });
    expect(wrongPatient.status).toBe(400);
    expect(wrongPatient.body.error.details.fields.patientId).toBeDefined();
    for (const veterinarianId of [tech.id, retired.id, visiting.id, clinic.practiceId]) {
      const res = await book({ veterinarianId });
      expect(res.status).toBe(400);
      expect(res.body.error.details.fields.veterinarianId).toBeDefined();
    }
  });

  it('refuses deceased patients', async () => {
    const { book, clinic } = await setUp();
    const late = await addPatient(clinic, { status: 'DECEASED' });
    const res = await book({ patientId: late.id });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PATIENT_DECEASED');
  });

  it('validates times: one of endsAt or durationMinutes, at least five minutes, at most a day, with a zone', async () => {
    const { book } = await setUp();
    const cases: Record<string, unknown>[] = [
      { durationMinutes: undefined },
      { endsAt: at('09:30') },
      { durationMinutes: undefined, endsAt: at('08:00') },
      { durationMinutes: undefined, endsAt: at('09:02') },
      { durationMinutes: 24 * 60 + 1 },
      { startsAt: '2030-06-03T09:00:00' },
      { type: 'HAIRCUT' },
    ];
    for (const overrides of cases) {
      const res = await book(overrides);
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }
    const ok = await book({
      durationMinutes: undefined,
      startsAt: '2030-06-03T11:00:00+02:00',
      endsAt: '2030-06-03T11:45:00+02:00',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.data).toMatchObject({ startsAt: at('09:00'), endsAt: at('09:45'), durationMinutes: 45 });
  });
});
