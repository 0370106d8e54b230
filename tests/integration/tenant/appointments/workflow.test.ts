import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_TRANSITIONS,
  type AppointmentStatus,
} from '@/lib/domain/tenant/appointments';
import { appointmentsApi } from '@tests/support/clinical-api';
import { addPatient, addStaff, createClinic } from '@tests/support/clinical-fixtures';

/** The shortest status path from SCHEDULED to each status, walked through the API to set an appointment up. */
const PATH_TO: Record<AppointmentStatus, AppointmentStatus[]> = {
  SCHEDULED: [],
  CONFIRMED: ['CONFIRMED'],
  CHECKED_IN: ['CONFIRMED', 'CHECKED_IN'],
  IN_PROGRESS: ['CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS'],
  COMPLETED: ['CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS', 'COMPLETED'],
  CANCELLED: ['CANCELLED'],
  NO_SHOW: ['NO_SHOW'],
};

async function setUp() {
  const clinic = await createClinic('appt-flow');
  const vet = await addStaff(clinic, 'VETERINARIAN');
  const desk = await addStaff(clinic, 'RECEPTIONIST');
  const patient = await addPatient(clinic);
  const caller = { origin: clinic.origin, cookie: desk.cookie };
  let hour = 0;
  /** A new appointment (each in its own hour) walked to `status`. */
  const appointmentIn = async (status: AppointmentStatus): Promise<string> => {
    const startsAt = new Date(Date.UTC(2030, 5, 3, hour++)).toISOString();
    const res = await appointmentsApi.create(caller, {
      practiceId: clinic.practiceId,
      patientId: patient.id,
      veterinarianId: vet.id,
      startsAt,
      durationMinutes: 30,
    });
    expect(res.status).toBe(201);
    for (const step of PATH_TO[status]) {
      const moved = await appointmentsApi.setStatus(caller, res.body.data.id, { status: step });
      expect(moved.status, `${step}: ${JSON.stringify(moved.body)}`).toBe(200);
    }
    return res.body.data.id;
  };
  return { clinic, caller, vet, appointmentIn };
}

describe('appointment status workflow', () => {
  it('allows every legal transition and refuses every other one with 409 INVALID_TRANSITION', async () => {
    const { caller, appointmentIn } = await setUp();
    let legal = 0;
    let illegal = 0;
    for (const from of APPOINTMENT_STATUSES) {
      for (const to of APPOINTMENT_STATUSES) {
        const id = await appointmentIn(from);
        const res = await appointmentsApi.setStatus(caller, id, { status: to });
        if (APPOINTMENT_TRANSITIONS[from].includes(to)) {
          legal++;
          expect(res.status, `${from} → ${to}`).toBe(200);
          expect(res.body.data.status).toBe(to);
        } else {
          illegal++;
          expect(res.status, `${from} → ${to}`).toBe(409);
          expect(res.body.error.code).toBe('INVALID_TRANSITION');
          expect(res.body.error.details).toMatchObject({
            from,
            to,
            allowed: [...APPOINTMENT_TRANSITIONS[from]],
          });
          expect((await appointmentsApi.get(caller, id)).body.data.status).toBe(from);
        }
      }
    }
    expect(legal).toBe(10);
    expect(illegal).toBe(39);
  });

  it('follows the documented workflow', () => {
    expect(APPOINTMENT_TRANSITIONS).toEqual({
      SCHEDULED: ['CONFIRMED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW'],
      CONFIRMED: ['CHECKED_IN', 'CANCELLED', 'NO_SHOW'],
      CHECKED_IN: ['IN_PROGRESS', 'CANCELLED'],
      IN_PROGRESS: ['COMPLETED'],
      COMPLETED: [],
      CANCELLED: [],
      NO_SHOW: [],
    });
  });

  it('records the reason of a cancellation and refuses a reason on other transitions', async () => {
    const { caller, appointmentIn } = await setUp();
    const id = await appointmentIn('SCHEDULED');
    const withReason = await appointmentsApi.setStatus(caller, id, { status: 'CONFIRMED', reason: 'Phoned' });
    expect(withReason.status).toBe(400);
    const cancelled = await appointmentsApi.setStatus(caller, id, {
      status: 'CANCELLED',
      reason: 'Owner on holiday',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Owner on holiday',
      nextStatuses: [],
    });
  });

  it('judges two concurrent transitions one after the other', async () => {
    const { caller, appointmentIn } = await setUp();
    const id = await appointmentIn('CONFIRMED');
    const [checkIn, noShow] = await Promise.all([
      appointmentsApi.setStatus(caller, id, { status: 'CHECKED_IN' }),
      appointmentsApi.setStatus(caller, id, { status: 'NO_SHOW' }),
    ]);
    // Whichever came second sees the first's result: CHECKED_IN → NO_SHOW and NO_SHOW → CHECKED_IN are both illegal.
    expect([checkIn.status, noShow.status].sort()).toEqual([200, 409]);
  });

  it('refuses to reschedule a completed, cancelled or missed appointment, but still takes notes', async () => {
    const { caller, appointmentIn } = await setUp();
    for (const status of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      const id = await appointmentIn(status);
      const moved = await appointmentsApi.update(caller, id, { startsAt: '2030-07-01T09:00:00Z' });
      expect(moved.status, status).toBe(409);
      expect(moved.body.error.code).toBe('APPOINTMENT_CLOSED');
      const noted = await appointmentsApi.update(caller, id, { notes: 'Owner called back' });
      expect(noted.status).toBe(200);
      expect(noted.body.data.notes).toBe('Owner called back');
    }
  });

  it('rejects an unknown status', async () => {
    const { caller, appointmentIn } = await setUp();
    const id = await appointmentIn('SCHEDULED');
    expect((await appointmentsApi.setStatus(caller, id, { status: 'ARRIVED' })).status).toBe(400);
  });
});
