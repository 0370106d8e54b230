import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addPractice, addStaff, createClinic } from '@tests/support/clinical-fixtures';

async function setUp() {
  const clinic = await createClinic('appt-scope');
  const north = clinic.practiceId;
  const south = await addPractice(clinic, { name: 'South' });
  const northVet = await addStaff(clinic, 'VETERINARIAN', { practiceIds: [north] });
  const southVet = await addStaff(clinic, 'VETERINARIAN', { practiceIds: [south] });
  const northDesk = await addStaff(clinic, 'RECEPTIONIST', { practiceIds: [north] });
  const southDesk = await addStaff(clinic, 'RECEPTIONIST', { practiceIds: [south] });
  const northPatient = await addPatient(clinic, { practiceId: north });
  const southPatient = await addPatient(clinic, { practiceId: south });
  const southBooking = await appointmentsApi.create(
    { origin: clinic.origin, cookie: southDesk.cookie },
    {
      practiceId: south,
      patientId: southPatient.id,
      veterinarianId: southVet.id,
      startsAt: '2030-06-03T09:00:00Z',
      durationMinutes: 20,
    },
  );
  expect(southBooking.status).toBe(201);
  return {
    clinic,
    north,
    south,
    northVet,
    northDesk,
    northPatient,
    southPatient,
    southVet,
    southId: southBooking.body.data.id as string,
  };
}

describe('appointments are scoped to the caller’s practices', () => {
  it('answers 404 for every operation on an appointment of another practice', async () => {
    const { clinic, northDesk, southId } = await setUp();
    const north = { origin: clinic.origin, cookie: northDesk.cookie };
    for (const res of [
      await appointmentsApi.get(north, southId),
      await appointmentsApi.update(north, southId, { notes: 'peek' }),
      await appointmentsApi.setStatus(north, southId, { status: 'CANCELLED' }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    const admin = { origin: clinic.origin, cookie: clinic.adminCookie };
    expect((await appointmentsApi.get(admin, southId)).status).toBe(200);
  });

  it('leaves other practices out of lists and calendars, even when asked for by id', async () => {
    const { clinic, northDesk, south } = await setUp();
    const north = { origin: clinic.origin, cookie: northDesk.cookie };
    const all = await appointmentsApi.list(north);
    expect(all.status).toBe(200);
    expect(all.body.data).toEqual([]);
    expect((await appointmentsApi.list(north, { practiceId: south })).body.data).toEqual([]);
    expect((await appointmentsApi.calendar(north, { practiceId: south, date: '2030-06-03' })).status).toBe(
      404,
    );
    expect(
      (await appointmentsApi.list({ origin: clinic.origin, cookie: clinic.adminCookie })).body.data,
    ).toHaveLength(1);
  });

  it('refuses to book into another practice or with a patient of another practice', async () => {
    const { clinic, north, south, northDesk, northVet, northPatient, southPatient } = await setUp();
    const caller = { origin: clinic.origin, cookie: northDesk.cookie };
    const intoSouth = await appointmentsApi.create(caller, {
      practiceId: south,
      patientId: southPatient.id,
      veterinarianId: northVet.id,
      startsAt: '2030-06-03T10:00:00Z',
      durationMinutes: 20,
    });
    expect(intoSouth.status).toBe(404);
    const borrowedPatient = await appointmentsApi.create(caller, {
      practiceId: north,
      patientId: southPatient.id,
      veterinarianId: northVet.id,
      startsAt: '2030-06-03T10:00:00Z',
      durationMinutes: 20,
    });
    expect(borrowedPatient.status).toBe(400);
    const own = await appointmentsApi.create(caller, {
      practiceId: north,
      patientId: northPatient.id,
      veterinarianId: northVet.id,
      startsAt: '2030-06-03T10:00:00Z',
      durationMinutes: 20,
    });
    expect(own.status).toBe(201);
  });

  it('reports a clash at a practice the caller cannot see as a busy time only', async () => {
    const { clinic, north, south, northDesk, northPatient } = await setUp();
    const roaming = await addStaff(clinic, 'VETERINARIAN', { practiceIds: [north, south] });
    const southPatient = await addPatient(clinic, { practiceId: south });
    const admin = { origin: clinic.origin, cookie: clinic.adminCookie };
    const booked = await appointmentsApi.create(admin, {
      practiceId: south,
      patientId: southPatient.id,
      veterinarianId: roaming.id,
      startsAt: '2030-06-04T09:00:00Z',
      durationMinutes: 60,
    });
    expect(booked.status).toBe(201);
    const clash = await appointmentsApi.create(
      { origin: clinic.origin, cookie: northDesk.cookie },
      {
        practiceId: north,
        patientId: northPatient.id,
        veterinarianId: roaming.id,
        startsAt: '2030-06-04T09:30:00Z',
        durationMinutes: 15,
      },
    );
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.conflictingAppointment).toEqual({
      startsAt: '2030-06-04T09:00:00.000Z',
      endsAt: '2030-06-04T10:00:00.000Z',
    });
  });

  it('answers 404 for an appointment id on another tenant’s host, and 401 for a session there', async () => {
    const { clinic, southId } = await setUp();
    const other = await createClinic('appt-scope-b');
    const there = await appointmentsApi.get({ origin: other.origin, cookie: other.adminCookie }, southId);
    expect(there.status).toBe(404);
    const borrowedSession = await appointmentsApi.list({ origin: other.origin, cookie: clinic.adminCookie });
    expect(borrowedSession.status).toBe(401);
  });

  it('requires a session', async () => {
    const { clinic } = await setUp();
    expect((await appointmentsApi.list({ origin: clinic.origin, cookie: '' })).status).toBe(401);
  });
});
