import { and, asc, eq, gt, inArray, lt, ne, notInArray, sql } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { assertPracticeInScope } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { appointments, practices, userPractices, users } from '@/server/tenant/db/schema';
import { selectAppointments, toAppointmentView } from './appointment-rows';
import type { CalendarView, CalendarQuery } from './appointments.schema';

export type GetAppointmentCalendarOptions = {
  query: CalendarQuery;
  user: Pick<TenantSessionUser, 'practiceIds'>;
};

const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/**
 * A day or week (Monday to Sunday) of one practice's appointments, optionally of one veterinarian. Days are the
 * practice's local days (practices.timezone); PostgreSQL does the zone arithmetic, so a day across a daylight
 * saving change is 23 or 25 hours long, as it is on the clinic's wall clock.
 */
export async function getAppointmentCalendar(
  db: TenantExecutor,
  { query, user }: GetAppointmentCalendarOptions,
): Promise<CalendarView> {
  assertPracticeInScope(user, query.practiceId);
  const [practice] = await db
    .select({ id: practices.id, name: practices.name, timezone: practices.timezone })
    .from(practices)
    .where(eq(practices.id, query.practiceId));
  if (!practice) throw notFound('Practice');

  const dayCount = query.view === 'week' ? 7 : 1;
  const range = await localRange(db, practice.timezone, query.date ?? null, query.view, dayCount);
  const from = new Date(range.from);
  const to = new Date(range.to);

  const [rows, veterinarians] = await Promise.all([
    selectAppointments(db)
      .where(
        and(
          eq(appointments.practiceId, practice.id),
          query.veterinarianId ? eq(appointments.veterinarianId, query.veterinarianId) : undefined,
          query.includeCancelled ? undefined : ne(appointments.status, 'CANCELLED'),
          lt(appointments.startsAt, to),
          gt(appointments.endsAt, from),
        ),
      )
      .orderBy(asc(appointments.startsAt), asc(appointments.id)),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .innerJoin(
        userPractices,
        and(eq(userPractices.userId, users.id), eq(userPractices.practiceId, practice.id)),
      )
      .where(and(eq(users.role, 'VETERINARIAN'), eq(users.isActive, true)))
      .orderBy(asc(users.name)),
  ]);

  // The same veterinarians booked elsewhere: the grid shows them busy, so a free-looking slot is really free.
  // Only times and the practice's name leave the other practice (no patient, no reason).
  const busyRows =
    veterinarians.length === 0
      ? []
      : await db
          .select({
            veterinarianId: appointments.veterinarianId,
            startsAt: appointments.startsAt,
            endsAt: appointments.endsAt,
            practiceName: practices.name,
          })
          .from(appointments)
          .innerJoin(practices, eq(practices.id, appointments.practiceId))
          .where(
            and(
              ne(appointments.practiceId, practice.id),
              inArray(
                appointments.veterinarianId,
                veterinarians.map((v) => v.id),
              ),
              notInArray(appointments.status, ['CANCELLED', 'NO_SHOW']),
              lt(appointments.startsAt, to),
              gt(appointments.endsAt, from),
            ),
          )
          .orderBy(asc(appointments.startsAt));

  return {
    practice,
    view: query.view,
    days: Array.from({ length: dayCount }, (_, i) => addDays(range.firstDay, i)),
    from: range.from,
    to: range.to,
    veterinarians,
    appointments: rows.map(toAppointmentView),
    busy: busyRows.map((b) => ({
      veterinarianId: b.veterinarianId,
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      practiceName: b.practiceName,
    })),
  };
}

/** First local day of the view and the instants of its local midnights, computed in the practice's zone. */
async function localRange(
  db: TenantExecutor,
  timezone: string,
  date: string | null,
  view: 'day' | 'week',
  days: number,
) {
  const result = await db.execute<{ first_day: string; from: string; to: string }>(sql`
    with anchor as (
      select coalesce(${date}::date, (now() at time zone ${timezone})::date) as day
    ), first as (
      select case when ${view} = 'week' then date_trunc('week', day::timestamp)::date else day end as day from anchor
    )
    select to_char(day, 'YYYY-MM-DD') as first_day,
           to_char((day::timestamp at time zone ${timezone}) at time zone 'UTC', ${ISO_UTC}) as "from",
           to_char(((day + ${days}::int)::timestamp at time zone ${timezone}) at time zone 'UTC', ${ISO_UTC}) as "to"
    from first
  `);
  const row = result.rows[0]!;
  return { firstDay: row.first_day, from: row.from, to: row.to };
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
