import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';

/** Issue 8, point 11: one patient is never in two overlapping appointments unless a booking asks for it. */
describe('patient double-booking', () => {
  it('lets exactly one of 10 parallel bookings of one patient with different vets win; the rest get 409', async () => {
    const clinic = await createClinic('pt-double');
    const desk = await addStaff(clinic, 'RECEPTIONIST');
    const patient = await addPatient(clinic);
    const vets = await Promise.all(
      Array.from({ length: 10 }, () => addStaff(clinic, 'VETERINARIAN', { signIn: false })),
    );
    const caller = { origin: clinic.origin, cookie: desk.cookie };
    const results = await Promise.all(
      vets.map((vet, i) =>
        appointmentsApi.create(caller, {
          practiceId: clinic.practiceId,
          patientId: patient.id,
          veterinarianId: vet.id,
          startsAt: `2030-07-01T09:${String(i).padStart(2, '0')}:00.000Z`,
          durationMinutes: 30,
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.error).toMatchObject({ code: 'APPOINTMENT_CONFLICT', details: { busy: 'patient' } });

    // Explicitly allowed: booked, and marked as a double booking.
    const allowed = await appointmentsApi.create(caller, {
      practiceId: clinic.practiceId,
      patientId: patient.id,
      veterinarianId: vets[0]!.id,
      startsAt: '2030-07-01T09:05:00.000Z',
      durationMinutes: 15,
      allowDoubleBooking: true,
    });
    expect(allowed.status).toBe(201);
    expect(allowed.body.data.doubleBooked).toBe(true);

    // Moving another appointment of the same patient onto the slot is refused the same way.
    const later = await appointmentsApi.create(caller, {
      practiceId: clinic.practiceId,
      patientId: patient.id,
      veterinarianId: vets[1]!.id,
      startsAt: '2030-07-01T11:00:00.000Z',
      durationMinutes: 30,
    });
    expect(later.status).toBe(201);
    const moved = await appointmentsApi.update(caller, later.body.data.id, {
      startsAt: '2030-07-01T09:10:00.000Z',
    });
    expect(moved.status).toBe(409);
  });
});
