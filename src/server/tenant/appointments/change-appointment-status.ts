import { and, eq } from 'drizzle-orm';
import { conflict, notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { appointments } from '@/server/tenant/db/schema';
import { findAppointmentRow, toAppointmentView } from './appointment-rows';
import { canTransition, nextStatuses } from './appointment-workflow';
import type { AppointmentView, ChangeAppointmentStatusInput } from './appointments.schema';

export type ChangeAppointmentStatusOptions = {
  id: string;
  input: ChangeAppointmentStatusInput;
  user: Pick<TenantSessionUser, 'practiceIds'>;
};

/** Moves an appointment along its workflow (appointment-workflow.ts); any other move is 409 INVALID_TRANSITION. */
export async function changeAppointmentStatus(
  db: TenantDb,
  { id, input, user }: ChangeAppointmentStatusOptions,
): Promise<AppointmentView> {
  return db.transaction(async (tx) => {
    // Row lock, so two desks pressing "check in" and "cancel" at once are judged one after the other.
    const [current] = await tx
      .select({ status: appointments.status })
      .from(appointments)
      .where(and(eq(appointments.id, id), inUserPractices(appointments.practiceId, user)))
      .for('update');
    if (!current) throw notFound('Appointment');
    if (!canTransition(current.status, input.status)) {
      throw conflict(
        'INVALID_TRANSITION',
        `An appointment cannot go from ${current.status} to ${input.status}.`,
        {
          from: current.status,
          to: input.status,
          allowed: nextStatuses(current.status),
        },
      );
    }
    const endsVisit = input.status === 'CANCELLED' || input.status === 'NO_SHOW';
    await tx
      .update(appointments)
      .set({
        status: input.status,
        ...(endsVisit && { cancellationReason: input.reason ?? null }),
        updatedAt: new Date(),
      })
      .where(eq(appointments.id, id));
    const row = await findAppointmentRow(tx, id);
    return toAppointmentView(row!);
  });
}
