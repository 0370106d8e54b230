import 'server-only';
import { and, desc, eq, inArray, lte, max } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { appointments, clients, patients } from '@/server/tenant/db/schema';

export type RecentPatient = {
  id: string;
  name: string;
  species: string;
  clientName: string;
  lastSeenAt: Date;
};

/**
 * The dashboard's "recent patients": animals most recently seen (arrived, in consultation or done) in the
 * user's practices, newest first. A read only the dashboard needs, so it lives with the page helpers.
 */
export async function listRecentPatients(
  db: TenantDb,
  { user, limit = 8 }: { user: Pick<TenantSessionUser, 'practiceIds'>; limit?: number },
): Promise<RecentPatient[]> {
  const lastSeenAt = max(appointments.startsAt);
  return db
    .select({
      id: patients.id,
      name: patients.name,
      species: patients.species,
      clientName: clients.name,
      lastSeenAt: lastSeenAt.mapWith((v: string | Date) => new Date(v)),
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(clients, eq(clients.id, patients.clientId))
    .where(
      and(
        inArray(appointments.practiceId, user.practiceIds),
        inArray(appointments.status, ['CHECKED_IN', 'IN_PROGRESS', 'COMPLETED']),
        lte(appointments.startsAt, new Date()),
      ),
    )
    .groupBy(patients.id, clients.name)
    .orderBy(desc(lastSeenAt))
    .limit(limit);
}
