import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { databaseServers, tenantMoves, tenants, type TenantMove } from '@/server/owner/db/schema';
import { conflict, notFound, validationError } from '@/server/shared/errors';
import { isSameCluster } from '../servers/cluster-identity';

/**
 * Checks that a clinic may move to a server and records the move as QUEUED (the job or the CLI runs it).
 * Refuses: the default clinic (its database is the environment's DATABASE_URL), a clinic that is not ACTIVE or
 * SUSPENDED, a move already queued or running, the server it is on (also under another address), and a target that
 * is not ACTIVE or is full.
 */
export async function requestMove(
  db: OwnerDb,
  options: { tenantId: string; serverId: string },
): Promise<TenantMove> {
  const [tenant] = await db
    .select()
    .from(tenants)
    .where(and(eq(tenants.id, options.tenantId), ne(tenants.status, 'DELETED')));
  if (!tenant) throw notFound('Tenant');
  if (tenant.isDefault)
    throw conflict(
      'INVALID_STATE',
      'The default clinic lives in DATABASE_URL and stays on the primary server.',
    );
  if (tenant.status !== 'ACTIVE' && tenant.status !== 'SUSPENDED')
    throw conflict(
      'INVALID_STATE',
      `The clinic is ${tenant.status}; only ACTIVE or SUSPENDED clinics can move.`,
    );
  const [target] = await db.select().from(databaseServers).where(eq(databaseServers.id, options.serverId));
  if (!target)
    throw validationError({ fields: { serverId: ['Unknown database server.'] } }, 'There is no such server.');
  if (target.id === tenant.serverId)
    throw conflict('ALREADY_ON_SERVER', `The clinic is already on the server "${target.name}".`);
  await assertDifferentCluster({ host: tenant.dbHost, port: tenant.dbPort }, target);
  if (target.status !== 'ACTIVE')
    throw conflict(
      'SERVER_NOT_ACTIVE',
      `The server "${target.name}" is ${target.status} and takes no clinics.`,
    );
  const [{ n }] = (await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tenants)
    .where(and(eq(tenants.serverId, target.id), ne(tenants.status, 'DELETED')))) as [{ n: number }];
  if (n >= target.capacity)
    throw conflict(
      'SERVER_FULL',
      `The server "${target.name}" is full (${n} of ${target.capacity} clinics).`,
    );
  const [running] = await db
    .select({ id: tenantMoves.id })
    .from(tenantMoves)
    .where(and(eq(tenantMoves.tenantId, tenant.id), inArray(tenantMoves.status, ['QUEUED', 'RUNNING'])));
  if (running) throw conflict('MOVE_IN_PROGRESS', 'This clinic is already being moved.');
  const [move] = await db
    .insert(tenantMoves)
    .values({ tenantId: tenant.id, fromServerId: tenant.serverId!, toServerId: target.id, status: 'QUEUED' })
    .returning();
  return move!;
}

/** The clinic's latest move (the console's progress view), or null. */
export async function latestMove(db: OwnerDb, tenantId: string): Promise<TenantMove | null> {
  const [move] = await db
    .select()
    .from(tenantMoves)
    .where(eq(tenantMoves.tenantId, tenantId))
    .orderBy(desc(tenantMoves.createdAt))
    .limit(1);
  return move ?? null;
}

/**
 * A registered server may be another address of the clinic's own server: a move there would drop the live
 * database as a leftover (cluster-identity.ts). Checked here and again by the move itself.
 */
export async function assertDifferentCluster(
  source: { host: string; port: number },
  target: { name: string; host: string; port: number },
): Promise<void> {
  if (await isSameCluster(source, { host: target.host, port: target.port }))
    throw conflict(
      'SAME_SERVER',
      `The server "${target.name}" is the clinic's own PostgreSQL server under another address; move it to a different server.`,
    );
}
