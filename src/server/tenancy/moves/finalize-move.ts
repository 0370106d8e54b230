import { and, eq, inArray, lt } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, tenantMoves, tenants, type TenantMove } from '@/server/owner/db/schema';
import { conflict, notFound } from '@/server/shared/errors';
import { MAINTENANCE_DATABASE, withAdminClient } from '../cluster/admin-client';
import { quoteIdent } from '../cluster/identifiers';
import { dropDatabase } from '../provisioning/role-and-database';

/**
 * The last step of a move: drops the retained source database and the clinic's role on the source server.
 * Run by hand (`tenants:move -- --finalize <slug>`) once the clinic is known good on its new server, or by the
 * daily job for moves older than MOVE_RETAIN_DAYS.
 */
async function finalizeMove(move: TenantMove): Promise<void> {
  if (move.status !== 'SUCCEEDED')
    throw conflict('INVALID_STATE', `This move is ${move.status}, not SUCCEEDED.`);
  const [source] = await ownerDb
    .select()
    .from(databaseServers)
    .where(eq(databaseServers.id, move.fromServerId));
  const [tenant] = await ownerDb.select().from(tenants).where(eq(tenants.id, move.tenantId));
  if (!source || !tenant) throw notFound('Move');
  await withAdminClient(
    MAINTENANCE_DATABASE,
    async (client) => {
      if (move.retainedDatabase) await dropDatabase(client, move.retainedDatabase);
      // The role is still the clinic's on the target; on the source it has nothing left to reach.
      if (tenant.serverId !== source.id)
        await client.query(`drop role if exists ${quoteIdent(tenant.dbRole)}`);
    },
    { host: source.host, port: source.port },
  );
  await ownerDb
    .update(tenantMoves)
    .set({ status: 'FINALIZED', updatedAt: new Date() })
    .where(eq(tenantMoves.id, move.id));
}

/** Finalizes the clinic's latest successful move. */
export async function finalizeTenantMove(tenantId: string): Promise<TenantMove> {
  const [move] = await ownerDb
    .select()
    .from(tenantMoves)
    .where(and(eq(tenantMoves.tenantId, tenantId), eq(tenantMoves.status, 'SUCCEEDED')))
    .orderBy(tenantMoves.createdAt);
  if (!move) throw notFound('A finished move of this clinic');
  await finalizeMove(move);
  return { ...move, status: 'FINALIZED' };
}

/** Moves that finished more than `days` ago and still hold their source database. */
export async function finalizeOldMoves(days: number): Promise<number> {
  const moves = await ownerDb
    .select()
    .from(tenantMoves)
    .where(
      and(
        inArray(tenantMoves.status, ['SUCCEEDED']),
        lt(tenantMoves.finishedAt, new Date(Date.now() - days * 86_400_000)),
      ),
    );
  for (const move of moves) await finalizeMove(move);
  return moves.length;
}
