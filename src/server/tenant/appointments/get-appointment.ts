import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { appointments } from '@/server/tenant/db/schema';
import { selectAppointments, toAppointmentView } from './appointment-rows';
import type { AppointmentView } from './appointments.schema';

export type GetAppointmentOptions = { id: string; user: Pick<TenantSessionUser, 'practiceIds'> };

/** One appointment of the caller's practices; appointments of other practices answer 404. */
export async function getAppointment(
  db: TenantExecutor,
  { id, user }: GetAppointmentOptions,
): Promise<AppointmentView> {
  const [row] = await selectAppointments(db).where(
    and(eq(appointments.id, id), inUserPractices(appointments.practiceId, user)),
  );
  if (!row) throw notFound('Appointment');
  return toAppointmentView(row);
}
