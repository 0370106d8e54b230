import { and, asc, eq, gt, inArray, lt, type SQL } from 'drizzle-orm';
import { paginate, type Page } from '@/server/shared/http/pagination';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { appointments } from '@/server/tenant/db/schema';
import { selectAppointments, toAppointmentView } from './appointment-rows';
import type { AppointmentView, ListAppointmentsQuery } from './appointments.schema';
import { afterTime, decodeTimeCursor } from '@/server/shared/http/keyset';

export type ListAppointmentsOptions = {
  query: ListAppointmentsQuery;
  user: Pick<TenantSessionUser, 'practiceIds'>;
};

/**
 * Appointments of the caller's practices in start order, filtered, one keyset page at a time. A practiceId the
 * caller does not belong to simply matches nothing, like any other filter.
 */
export async function listAppointments(
  db: TenantExecutor,
  { query, user }: ListAppointmentsOptions,
): Promise<Page<AppointmentView>> {
  const cursor = decodeTimeCursor(query.cursor);
  const filters: (SQL | undefined)[] = [
    inUserPractices(appointments.practiceId, user),
    query.practiceId ? eq(appointments.practiceId, query.practiceId) : undefined,
    query.veterinarianId ? eq(appointments.veterinarianId, query.veterinarianId) : undefined,
    query.patientId ? eq(appointments.patientId, query.patientId) : undefined,
    query.clientId ? eq(appointments.clientId, query.clientId) : undefined,
    query.status ? inArray(appointments.status, query.status) : undefined,
    // Overlap with [from, to): an appointment running across `from` is still on the calendar.
    query.from ? gt(appointments.endsAt, query.from) : undefined,
    query.to ? lt(appointments.startsAt, query.to) : undefined,
    cursor ? afterTime(appointments.startsAt, appointments.id, cursor) : undefined,
  ];
  const rows = await selectAppointments(db)
    .where(and(...filters))
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (row) => row.sortKey,
    (row) => row.appointment.id,
  );
  return { data: pageRows.map(toAppointmentView), nextCursor };
}
