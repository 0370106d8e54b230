import { eq, ne, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { databaseServers, tenants, type DatabaseServer } from '@/server/owner/db/schema';
import { AppError } from '@/server/shared/errors';

/**
 * Placement of a new clinic: the named server when the operator picks one (it must be ACTIVE and have room),
 * otherwise the ACTIVE server with the most free capacity (ties: the oldest). DRAINING and OFFLINE servers take
 * no new clinics. Counted as clinics not DELETED. Two creations at the same instant may both take the last slot
 * of a server; capacity is a planning figure, not a hard limit of PostgreSQL.
 */
export async function pickServer(db: Pick<OwnerDb, 'select'>, serverId?: string): Promise<DatabaseServer> {
  const used = db
    .select({ serverId: tenants.serverId, n: sql<number>`count(*)::int`.as('n') })
    .from(tenants)
    .where(ne(tenants.status, 'DELETED'))
    .groupBy(tenants.serverId)
    .as('used');
  const rows = await db
    .select({ server: databaseServers, clinics: sql<number>`coalesce(${used.n}, 0)::int` })
    .from(databaseServers)
    .leftJoin(used, eq(used.serverId, databaseServers.id))
    .where(serverId ? eq(databaseServers.id, serverId) : eq(databaseServers.status, 'ACTIVE'));
  if (serverId) {
    const row = rows[0];
    if (!row)
      throw new AppError(400, 'VALIDATION_ERROR', 'There is no database server with this id.', {
        fields: { serverId: ['Unknown database server.'] },
      });
    if (row.server.status !== 'ACTIVE')
      throw new AppError(
        409,
        'SERVER_NOT_ACTIVE',
        `The database server "${row.server.name}" is ${row.server.status} and takes no new clinics.`,
      );
    if (row.clinics >= row.server.capacity)
      throw new AppError(
        409,
        'SERVER_FULL',
        `The database server "${row.server.name}" is full (${row.clinics} of ${row.server.capacity} clinics).`,
      );
    return row.server;
  }
  const candidates = rows
    .filter((r) => r.clinics < r.server.capacity)
    .sort(
      (a, b) =>
        b.server.capacity - b.clinics - (a.server.capacity - a.clinics) ||
        a.server.createdAt.getTime() - b.server.createdAt.getTime(),
    );
  const best = candidates[0];
  if (!best)
    throw new AppError(
      409,
      'NO_SERVER_CAPACITY',
      'No ACTIVE database server has room for another clinic: add a server or raise a capacity on the Servers page.',
    );
  return best.server;
}

/** The server a clinic row lives on, by id (for moves and the console). */
export async function findServer(
  db: Pick<OwnerDb, 'select'>,
  idOrName: string,
): Promise<DatabaseServer | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName);
  const [row] = await db
    .select()
    .from(databaseServers)
    .where(
      isUuid ? eq(databaseServers.id, idOrName) : sql`lower(${databaseServers.name}) = lower(${idOrName})`,
    );
  return row;
}
