import { and, eq } from 'drizzle-orm';
import { conflict, notFound } from '@/server/shared/errors';
import { parseOrThrow } from '@/server/shared/validation';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { appointments, type Appointment } from '@/server/tenant/db/schema';
import { writeWithoutOverlap } from './appointment-conflicts';
import { findAppointmentRow, toAppointmentView } from './appointment-rows';
import { isClosed } from '@/lib/domain/tenant/appointments';
import {
  appointmentTimesSchema,
  type AppointmentView,
  type UpdateAppointmentInput,
} from './appointments.schema';
import { assertBookableVeterinarian } from './booking-participants';
import { assertStartAllowed } from './past-start';

export type UpdateAppointmentOptions = {
  id: string;
  input: UpdateAppointmentInput;
  user: Pick<TenantSessionUser, 'practiceIds'>;
};

/**
 * Edits an appointment: reschedules it (times and/or veterinarian, with the same overlap rule as booking) and
 * changes its type, reason or notes. A visit that is over (completed, cancelled, no-show) keeps its time and
 * veterinarian: 409 APPOINTMENT_CLOSED. Moving the start into the past needs `allowPast` (422 APPOINTMENT_IN_PAST).
 */
export async function updateAppointment(
  db: TenantDb,
  { id, input, user }: UpdateAppointmentOptions,
): Promise<AppointmentView> {
  return db.transaction(async (tx) => {
    // Row lock: a concurrent status change or reschedule of the same appointment waits for this one.
    const [current] = await tx
      .select()
      .from(appointments)
      .where(and(eq(appointments.id, id), inUserPractices(appointments.practiceId, user)))
      .for('update');
    if (!current) throw notFound('Appointment');

    const details = {
      ...(input.type !== undefined && { type: input.type }),
      ...(input.reason !== undefined && { reason: input.reason }),
      ...(input.notes !== undefined && { notes: input.notes }),
      updatedAt: new Date(),
    };
    const slot = newSlot(current, input);
    if (!slot) {
      await tx.update(appointments).set(details).where(eq(appointments.id, id));
    } else {
      if (isClosed(current.status)) {
        throw conflict(
          'APPOINTMENT_CLOSED',
          `A ${current.status.toLowerCase().replace('_', '-')} appointment cannot be rescheduled.`,
          {
            status: current.status,
          },
        );
      }
      parseOrThrow(appointmentTimesSchema, { startsAt: slot.startsAt, endsAt: slot.endsAt });
      // Only a new start is checked: a visit under way keeps its start when its length or notes change.
      if (slot.startsAt.getTime() !== current.startsAt.getTime()) {
        assertStartAllowed(slot.startsAt, input.allowPast);
      }
      if (slot.veterinarianId !== current.veterinarianId) {
        await assertBookableVeterinarian(tx, current.practiceId, slot.veterinarianId);
      }
      await writeWithoutOverlap(
        tx,
        {
          ...slot,
          patientId: current.patientId,
          excludeId: id,
          allowDoubleBooking: input.allowDoubleBooking,
          practiceIds: user.practiceIds,
        },
        (executor, doubleBooked) =>
          executor
            .update(appointments)
            .set({ ...details, ...slot, doubleBooked })
            .where(eq(appointments.id, id)),
      );
    }
    const row = await findAppointmentRow(tx, id);
    return toAppointmentView(row!);
  });
}

/**
 * The appointment's new time and veterinarian, or null when neither changes. A new start without an end keeps
 * the appointment's length; a duration counts from the (new or current) start.
 */
function newSlot(current: Appointment, input: UpdateAppointmentInput) {
  const vetChanges = input.veterinarianId !== undefined && input.veterinarianId !== current.veterinarianId;
  const timesChange =
    input.startsAt !== undefined || input.endsAt !== undefined || input.durationMinutes !== undefined;
  if (!vetChanges && !timesChange) return null;
  const startsAt = input.startsAt ?? current.startsAt;
  const length = current.endsAt.getTime() - current.startsAt.getTime();
  const endsAt =
    input.endsAt ??
    (input.durationMinutes !== undefined
      ? new Date(startsAt.getTime() + input.durationMinutes * 60_000)
      : new Date(startsAt.getTime() + length));
  return { startsAt, endsAt, veterinarianId: input.veterinarianId ?? current.veterinarianId };
}
