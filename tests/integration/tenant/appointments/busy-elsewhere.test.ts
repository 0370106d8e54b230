import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addPractice, addStaff, createClinic } from '@tests/support/clinical-fixtures';

describe('a veterinarian booked at another practice', () => {
  it("shows as busy in this practice's calendar, with times and the practice's name only", async () => {
    const clinic = await createClinic('busy-else');
    const northside = await addPractice(clinic, { name: 'Northside' });
    const vet = await addStaff(clinic, 'VETERINARIAN', {
      name: 'Dr. Tomás Rivera',
      practiceIds: [clinic.practiceId, northside],
    });
    const elsewhere = await addPatient(clinic, { practiceId: northside, name: 'Secret Sam' });
    const caller = { origin: clinic.origin, cookie: vet.cookie };
    const booked = await appointmentsApi.create(caller, {
      practiceId: northside,
      patientId: elsewhere.id,
      veterinarianId: vet.id,
      startsAt: '2030-06-03T16:30:00Z',
      endsAt: '2030-06-03T17:00:00Z',
      reason: 'Private reason',
    });
    expect(booked.status).toBe(201);

    const res = await appointmentsApi.calendar(caller, {
      practiceId: clinic.practiceId,
      view: 'day',
      date: '2030-06-03',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.appointments).toEqual([]);
    expect(res.body.data.busy).toEqual([
      {
        veterinarianId: vet.id,
        startsAt: '2030-06-03T16:30:00.000Z',
        endsAt: '2030-06-03T17:00:00.000Z',
        practiceName: 'Northside',
      },
    ]);
    expect(JSON.stringify(res.body.data.busy)).not.toMatch(/Secret Sam|Private reason/);
  });
});
