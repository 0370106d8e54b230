import { and, eq, gt, lt, ne, notInArray } from 'drizzle-orm';
import { conflict, pgConstraint, pgErrorCode, PG_EXCLUSION_VIOLATION } from '@/server/shared/errors';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import { appointments } from '@/server/tenant/db/schema';
import { findAppointmentRow, toAppointmentView } from './appointment-rows';

type Slot = {
  veterinarianId: string;
  patientId: string;
  startsAt: Date;
  endsAt: Date;
  /** The appointment being moved, which must not conflict with itself. */
  excludeId?: string;
  allowDoubleBooking: boolean;
  /** Practices the caller may see: a conflicting appointment elsewhere is reported as a busy time only. */
  practiceIds: string[];
};

/**
 * Writes a booking with the exclusion constraint `appointments_vet_no_overlap` as the judge, so two concurrent
 * bookings of one slot cannot both win (the second waits for the first and then fails with 23P01). The first
 * attempt is never marked double-booked: a flag set without a real overlap would exempt the row from the
 * constraint for good, letting later bookings collide with it unnoticed. Only when the slot is taken and the
 * caller allowed it is the row written again as double-booked.
 */
export async function writeWithoutOverlap<T>(
  tx: TenantTx,
  slot: Slot,
  write: (executor: TenantTx, doubleBooked: boolean) => Promise<T>,
): Promise<T> {
  try {
    // A savepoint, so the failed attempt does not abort the caller's transaction.
    return await tx.transaction((savepoint) => write(savepoint, false));
  } catch (error) {
    if (pgErrorCode(error) !== PG_EXCLUSION_VIOLATION) throw error;
    if (slot.allowDoubleBooking) return write(tx, true);
    throw await conflictError(tx, slot, pgConstraint(error) === PATIENT_RULE ? 'patient' : 'veterinarian');
  }
}

/** The exclusion constraint (migration 0003) that keeps one patient out of two overlapping appointments. */
const PATIENT_RULE = 'appointments_patient_no_overlap';

async function conflictError(tx: TenantTx, slot: Slot, busy: 'patient' | 'veterinarian') {
  const [clash] = await tx
    .select({
      id: appointments.id,
      practiceId: appointments.practiceId,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
    })
    .from(appointments)
    .where(
      and(
        busy === 'patient'
          ? eq(appointments.patientId, slot.patientId)
          : eq(appointments.veterinarianId, slot.veterinarianId),
        slot.excludeId ? ne(appointments.id, slot.excludeId) : undefined,
        eq(appointments.doubleBooked, false),
        notInArray(appointments.status, ['CANCELLED', 'NO_SHOW']),
        lt(appointments.startsAt, slot.endsAt),
        gt(appointments.endsAt, slot.startsAt),
      ),
    )
    .orderBy(appointments.startsAt)
    .limit(1);
  let conflictingAppointment: unknown = null;
  if (clash && slot.practiceIds.includes(clash.practiceId)) {
    const row = await findAppointmentRow(tx, clash.id);
    conflictingAppointment = row ? toAppointmentView(row) : null;
  } else if (clash) {
    // Booked at a practice the caller cannot see: say when the veterinarian is busy, nothing about the visit.
    conflictingAppointment = { startsAt: clash.startsAt.toISOString(), endsAt: clash.endsAt.toISOString() };
  }
  const message =
    busy === 'patient'
      ? 'The patient already has an appointment at that time. Send allowDoubleBooking: true to book it anyway.'
      : 'The veterinarian already has an appointment at that time.';
  return conflict('APPOINTMENT_CONFLICT', message, { conflictingAppointment, busy });
}
