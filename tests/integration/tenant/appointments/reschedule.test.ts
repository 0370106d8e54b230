import { describe, expect, it } from 'vitest';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';

const at = (hhmm: string) => `2030-06-03T${hhmm}:00.000Z`;

async function setUp() {
  const clinic = await createClinic('appt-move');
  const vet = await addStaff(clinic, 'VETERINARIAN');
  const otherVet = await addStaff(clinic, 'VETERINARIAN', { signIn: false });
  const tech = await addStaff(clinic, 'TECHNICIAN', { signIn: false });
  const patient = await addPatient(clinic);
  // The same patient cannot be booked twice at once (issue 8): the other vet's clash uses another animal.
  const otherPatient = await addPatient(clinic);
  const caller = { origin: clinic.origin, cookie: vet.cookie };
  const book = async (startsAt: string, veterinarianId = vet.id, patientId = patient.id) => {
    const res = await appointmentsApi.create(caller, {
      practiceId: clinic.practiceId,
      patientId,
      veterinarianId,
      startsAt,
      durationMinutes: 30,
    });
    expect(res.status).toBe(201);
    return res.body.data.id as string;
  };
  return { caller, vet, otherVet, tech, book, otherPatient };
}

describe('rescheduling appointments', () => {
  it('moves the start and keeps the length, or takes a new end or duration', async () => {
    const { caller, book } = await setUp();
    const id = await book(at('09:00'));
    const moved = await appointmentsApi.update(caller, id, { startsAt: at('14:00') });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ startsAt: at('14:00'), endsAt: at('14:30') });
    const longer = await appointmentsApi.update(caller, id, { durationMinutes: 60 });
    expect(longer.body.data).toMatchObject({ startsAt: at('14:00'), endsAt: at('15:00') });
    const shorter = await appointmentsApi.update(caller, id, {
      endsAt: at('14:20'),
      reason: 'Nail trim',
      type: 'GROOMING',
    });
    expect(shorter.body.data).toMatchObject({ endsAt: at('14:20'), reason: 'Nail trim', type: 'GROOMING' });
    const backwards = await appointmentsApi.update(caller, id, { endsAt: at('13:00') });
    expect(backwards.status).toBe(400);
  });

  it('applies the conflict rule to the new slot, ignoring the appointment itself', async () => {
    const { caller, book } = await setUp();
    const first = await book(at('09:00'));
    const second = await book(at('10:00'));
    expect((await appointmentsApi.update(caller, first, { startsAt: at('09:15') })).status).toBe(200);
    const clash = await appointmentsApi.update(caller, second, { startsAt: at('09:30') });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('APPOINTMENT_CONFLICT');
    expect(clash.body.error.details.conflictingAppointment.id).toBe(first);
    const allowed = await appointmentsApi.update(caller, second, {
      startsAt: at('09:30'),
      allowDoubleBooking: true,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.doubleBooked).toBe(true);
    // Moved out of the clash without permission to double-book: judged again, no longer marked.
    const cleared = await appointmentsApi.update(caller, second, { startsAt: at('11:00') });
    expect(cleared.body.data.doubleBooked).toBe(false);
  });

  it('moves an appointment to another veterinarian of the practice only', async () => {
    const { caller, book, otherVet, tech, otherPatient } = await setUp();
    const id = await book(at('09:00'));
    await book(at('09:00'), otherVet.id, otherPatient.id);
    const busy = await appointmentsApi.update(caller, id, { veterinarianId: otherVet.id });
    expect(busy.status).toBe(409);
    const notAVet = await appointmentsApi.update(caller, id, { veterinarianId: tech.id });
    expect(notAVet.status).toBe(400);
    const free = await appointmentsApi.update(caller, id, {
      veterinarianId: otherVet.id,
      startsAt: at('12:00'),
    });
    expect(free.status).toBe(200);
    expect(free.body.data.veterinarian.id).toBe(otherVet.id);
  });

  it('refuses an empty change and unknown fields', async () => {
    const { caller, book } = await setUp();
    const id = await book(at('09:00'));
    expect((await appointmentsApi.update(caller, id, {})).status).toBe(400);
    expect((await appointmentsApi.update(caller, id, { status: 'COMPLETED' })).status).toBe(400);
    expect((await appointmentsApi.update(caller, id, { patientId: id })).status).toBe(400);
  });
});
