import { errorSummary } from '@/server/shared/describe-error';
import { and, eq } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import {
  databaseServers,
  tenantMoves,
  tenants,
  type DatabaseServer,
  type Tenant,
} from '@/server/owner/db/schema';
import { AppError, conflict, notFound } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { decryptSecret } from '@/server/shared/secret-box';
import { databaseExists, MAINTENANCE_DATABASE, roleExists, withAdminClient } from '../cluster/admin-client';
import { assertDifferentCluster } from './request-move';
import { appSecret } from '../cluster/cluster';
import { ownershipComment, quoteIdent, quoteLiteral } from '../cluster/identifiers';
import { enterMaintenance, leaveMaintenance } from '../routing/maintenance';
import { tenantPools } from '../connections/tenant-connections';
import { invalidateTenantCache } from '../routing/resolve-tenant';
import { isMarkedFor, recordSchemaVersion } from '../migrations/schema-marker';
import { scramVerifier } from '../connections/scram-verifier';
import { serverAdminCredentials } from '../servers/server-credentials';
import {
  dropDatabase,
  grantDatabaseConnect,
  grantTableRights,
  markDatabase,
} from '../provisioning/role-and-database';
import { copyDatabase } from './copy-database';
import { verifyCopy } from './verify-copy';

/**
 * Moves one clinic's database to another server. The clinic is put in maintenance (reason MOVE, exclusive) for
 * the copy, so no write can land on the source after the dump starts: a write accepted before is in the copy,
 * one attempted during is refused with 503 and never acknowledged.
 *
 *   quiesce  maintenance on; the tenant role loses CONNECT on the source and its sessions are ended
 *   prepare  the role (same password, cheap SCRAM verifier) and an empty database on the target
 *   copy     pg_dump | pg_restore, streamed
 *   verify   every table's row count and every sequence, source against target
 *   switch   one owner transaction points the clinic at the target; the tenants NOTIFY tells every process
 *   retire   the source database is renamed and closed to connections until finalizeMove (or N days)
 *
 * Any failure before the switch drops what the move created on the target, gives the role its CONNECT back on
 * the source and ends maintenance: the clinic is served from its source again. The unavailable time (maintenance
 * on → off) is recorded on the move row and returned.
 */

export const MOVE_STEPS = ['quiesce', 'prepare', 'copy', 'verify', 'switch', 'retire'] as const;
export type MoveStep = (typeof MOVE_STEPS)[number];

export type MoveHooks = {
  /** Called before each step; tests throw here to prove the clinic stays on its source. */
  beforeStep?: (step: MoveStep) => void | Promise<void>;
  onProgress?: (progress: { step: MoveStep; detail?: string }) => void;
};

export type MoveResult = {
  moveId: string;
  tenantId: string;
  slug: string;
  from: string;
  to: string;
  unavailableMs: number;
  rows: number;
  tables: number;
  bytes: number;
  retainedDatabase: string;
};

/** Where the source database is kept after a move: the name plus a time stamp, within PostgreSQL's 63 bytes. */
function retainedDatabaseName(database: string, at = new Date()): string {
  return `${database.slice(0, 48)}_moved_${Math.floor(at.getTime() / 1000).toString(36)}`;
}

async function loadServer(id: string | null): Promise<DatabaseServer> {
  const [row] = id ? await ownerDb.select().from(databaseServers).where(eq(databaseServers.id, id)) : [];
  if (!row) throw notFound('Database server');
  return row;
}

async function setMove(moveId: string, values: Partial<typeof tenantMoves.$inferInsert>): Promise<void> {
  await ownerDb
    .update(tenantMoves)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(tenantMoves.id, moveId));
}

/** Runs a QUEUED (or retried FAILED) move to its end. Idempotent for a move that already SUCCEEDED. */
export async function runMove(moveId: string, hooks: MoveHooks = {}): Promise<MoveResult> {
  const [move] = await ownerDb.select().from(tenantMoves).where(eq(tenantMoves.id, moveId));
  if (!move) throw notFound('Move');
  const [tenant] = await ownerDb.select().from(tenants).where(eq(tenants.id, move.tenantId));
  if (!tenant) throw notFound('Tenant');
  const source = await loadServer(tenant.serverId);
  const target = await loadServer(move.toServerId);
  if (move.status === 'SUCCEEDED' || move.status === 'FINALIZED') {
    return {
      moveId,
      tenantId: tenant.id,
      slug: tenant.slug,
      from: move.fromServerId,
      to: target.name,
      unavailableMs: move.unavailableMs ?? 0,
      rows: move.rowsCopied ?? 0,
      tables: 0,
      bytes: 0,
      retainedDatabase: move.retainedDatabase ?? '',
    };
  }
  if (source.id !== move.fromServerId)
    throw conflict('MOVE_STALE', 'The clinic is no longer on the server this move started from.');
  await setMove(moveId, { status: 'RUNNING', startedAt: new Date(), error: null, step: null });
  try {
    const result = await moveLocked(moveId, tenant, source, target, hooks);
    await setMove(moveId, {
      status: 'SUCCEEDED',
      step: 'done',
      unavailableMs: result.unavailableMs,
      rowsCopied: result.rows,
      retainedDatabase: result.retainedDatabase,
      finishedAt: new Date(),
    });
    return result;
  } catch (error) {
    const message = errorSummary(error);
    await setMove(moveId, { status: 'FAILED', error: message.slice(0, 2_000), finishedAt: new Date() });
    throw error instanceof AppError ? error : new AppError(500, 'MOVE_FAILED', `The move failed: ${message}`);
  }
}

async function moveLocked(
  moveId: string,
  tenant: Tenant,
  source: DatabaseServer,
  target: DatabaseServer,
  hooks: MoveHooks,
): Promise<MoveResult> {
  const sourceAdmin = serverAdminCredentials(source);
  const targetAdmin = serverAdminCredentials(target);
  const srcAddress = { host: source.host, port: source.port };
  const dstAddress = { host: target.host, port: target.port };
  const database = tenant.dbName;
  const role = tenant.dbRole;
  const rolePassword = decryptSecret(tenant.dbPasswordEncrypted!, appSecret());
  const created = { database: false, role: false };
  let switched = false;
  let maintenanceStarted = 0;
  let unavailableMs = 0;
  const step = async (name: MoveStep, detail?: string) => {
    await hooks.beforeStep?.(name);
    await setMove(moveId, { step: name });
    hooks.onProgress?.({ step: name, detail });
  };

  // Before anything is touched: the same cluster under another address would have its live database dropped.
  await assertDifferentCluster(srcAddress, target);
  try {
    await step('quiesce');
    await enterMaintenance(ownerDb, {
      tenantId: tenant.id,
      reason: 'MOVE',
      exclusive: true,
      message: 'This clinic is moving to a new database server and will be back in a moment.',
    });
    maintenanceStarted = performance.now();
    await tenantPools().close(tenant.id);
    // Other processes stop serving through the NOTIFY within 2 s; their sessions end here regardless, so any
    // transaction still open fails (never acknowledged) instead of committing after the dump started.
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        await client.query(`revoke connect on database ${quoteIdent(database)} from ${quoteIdent(role)}`);
        await client.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and usename = $2',
          [database, role],
        );
      },
      srcAddress,
    );

    await step('prepare');
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        const existingDb = await databaseExists(client, database);
        if (existingDb.exists) {
          if (!isMarkedFor(existingDb.comment, tenant.id))
            throw conflict(
              'DATABASE_EXISTS',
              `The target server already has a database named ${database} that is not this clinic's.`,
            );
          await dropDatabase(client, database); // a leftover of an earlier failed attempt
        }
        const existingRole = await roleExists(client, role);
        if (existingRole.exists && existingRole.comment !== ownershipComment(tenant.id))
          throw conflict(
            'ROLE_EXISTS',
            `The target server already has a role named ${role} that is not this clinic's.`,
          );
        const verifier = quoteLiteral(scramVerifier(rolePassword));
        if (existingRole.exists) {
          await client.query(`alter role ${quoteIdent(role)} password ${verifier}`);
        } else {
          await client.query(
            `create role ${quoteIdent(role)} login nosuperuser nocreatedb nocreaterole noinherit noreplication password ${verifier};
             comment on role ${quoteIdent(role)} is ${quoteLiteral(ownershipComment(tenant.id))}`,
          );
          created.role = true;
        }
        await client.query(`create database ${quoteIdent(database)} template template0 encoding 'UTF8'`);
        created.database = true;
        await markDatabase(client, { tenantId: tenant.id, database, role });
      },
      dstAddress,
    );

    await step('copy');
    const copied = await copyDatabase({ ...sourceAdmin, database }, { ...targetAdmin, database }, (bytes) =>
      hooks.onProgress?.({ step: 'copy', detail: `${bytes} bytes` }),
    );

    await step('verify');
    const verified = await withAdminClient(
      database,
      (src) =>
        withAdminClient(
          database,
          async (dst) => {
            const report = await verifyCopy(src, dst);
            await grantTableRights(dst, role);
            await recordSchemaVersion(dst, tenant.id);
            return report;
          },
          dstAddress,
        ),
      srcAddress,
    );
    await withAdminClient(
      MAINTENANCE_DATABASE,
      (client) => grantDatabaseConnect(client, { database, role }, [targetAdmin.user]),
      dstAddress,
    );

    await step('switch');
    await ownerDb.transaction(async (tx) => {
      const moved = await tx
        .update(tenants)
        .set({ serverId: target.id, dbHost: target.host, dbPort: target.port, updatedAt: new Date() })
        .where(and(eq(tenants.id, tenant.id), eq(tenants.serverId, source.id)))
        .returning({ id: tenants.id });
      if (moved.length !== 1)
        throw conflict('MOVE_STALE', 'The clinic changed server while it was being moved.');
      await tx
        .update(tenantMoves)
        .set({ step: 'switch', updatedAt: new Date() })
        .where(eq(tenantMoves.id, moveId));
    });
    switched = true;
    await tenantPools().close(tenant.id);
    invalidateTenantCache();

    // From here the clinic is served from the target: a failure only leaves the source database as it is.
    let retainedDatabase = '';
    try {
      await step('retire');
      const name = retainedDatabaseName(database);
      await withAdminClient(
        MAINTENANCE_DATABASE,
        async (client) => {
          await client.query(`alter database ${quoteIdent(database)} allow_connections false`);
          await client.query(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
            [database],
          );
          await client.query(`alter database ${quoteIdent(database)} rename to ${quoteIdent(name)}`);
        },
        srcAddress,
      );
      retainedDatabase = name;
    } catch (error) {
      logger.warn('move: retiring the source database failed; it stays closed to the clinic role', {
        tenant: tenant.slug,
        error,
      });
      retainedDatabase = database;
    }
    await leaveMaintenance(ownerDb, { tenantId: tenant.id, reason: 'MOVE' });
    unavailableMs = Math.round(performance.now() - maintenanceStarted);
    logger.info('tenant moved', { tenant: tenant.slug, to: target.name, unavailableMs, rows: verified.rows });
    return {
      moveId,
      tenantId: tenant.id,
      slug: tenant.slug,
      from: source.name,
      to: target.name,
      unavailableMs,
      rows: verified.rows,
      tables: verified.tables,
      bytes: copied.bytes,
      retainedDatabase,
    };
  } catch (error) {
    if (!switched) await rollBack();
    throw error;
  }

  /** Back to the source: the target's copy and role go, the role may connect to the source again. */
  async function rollBack(): Promise<void> {
    const problems: string[] = [];
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        if (created.database) await dropDatabase(client, database);
        if (created.role) await client.query(`drop role if exists ${quoteIdent(role)}`);
      },
      dstAddress,
    ).catch((e: Error) => problems.push(`target clean-up: ${e.message}`));
    await withAdminClient(
      MAINTENANCE_DATABASE,
      (client) =>
        client.query(`grant connect, temporary on database ${quoteIdent(database)} to ${quoteIdent(role)}`),
      srcAddress,
    ).catch((e: Error) => problems.push(`source re-grant: ${e.message}`));
    if (maintenanceStarted) await leaveMaintenance(ownerDb, { tenantId: tenant.id, reason: 'MOVE' });
    if (problems.length > 0) logger.error('move rollback incomplete', { tenant: tenant.slug, problems });
  }
}
