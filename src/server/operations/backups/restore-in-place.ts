import { errorSummary } from '@/server/shared/describe-error';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantRestores, type TenantRestore } from '@/server/owner/db/schema';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { AppError, conflict } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import {
  MAINTENANCE_DATABASE,
  terminateConnections,
  withAdminClient,
} from '@/server/tenancy/cluster/admin-client';
import { clusterConfig } from '@/server/tenancy/cluster/cluster';
import { quoteIdent } from '@/server/tenancy/cluster/identifiers';
import { enterMaintenance, leaveMaintenance } from '@/server/tenancy/routing/maintenance';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { recordSchemaVersion } from '@/server/tenancy/migrations/schema-marker';
import { storageRoot } from '@/server/tenancy/provisioning/storage';
import {
  grantDatabaseConnect,
  grantTableRights,
  markDatabase,
} from '@/server/tenancy/provisioning/role-and-database';
import { loadRestorableBackup } from './load-restorable-backup';
import {
  createEmptyDatabase,
  dropDatabaseIfExists,
  migrateRestored,
  pgRestoreInto,
  verifyRestoredCounts,
} from './restore-database';
import { extractFiles, stagingPath, swapFiles, undoFileSwap, type FileSwap } from './restore-files';
import { takeBackup } from './take-backup';

/**
 * Restore in place: maintenance → pre-restore backup (beside the next steps) → pg_restore into a scratch database on the same server →
 * migrate → verify row counts → swap databases by rename (current aside, scratch into its name) and files the same
 * way → re-grant the role, revoke every session, leave maintenance. Until the swap nothing live is touched; any
 * failure (the swap's included) undoes what was done, so the clinic is exactly as before, ACTIVE, and the error is
 * recorded on the restore row.
 */
export const RESTORE_STEPS = [
  'pre-restore-backup',
  'restore-database',
  'migrate',
  'verify',
  'extract-files',
  'swap',
  'grant',
  'revoke-sessions',
] as const;
export type RestoreStep = (typeof RESTORE_STEPS)[number];

export type RestoreHooks = { beforeStep?: (step: RestoreStep) => void | Promise<void> };

export async function restoreInPlace(
  db: OwnerDb,
  options: { tenantId: string; backupId: string },
  hooks: RestoreHooks = {},
): Promise<TenantRestore> {
  const { tenant, backup, folder, manifest } = await loadRestorableBackup(db, options);
  if (tenant.status === 'DELETED')
    throw conflict(
      'INVALID_STATE',
      'A deleted clinic cannot be restored in place; restore it as a new clinic.',
    );
  if (tenant.status !== 'ACTIVE' && tenant.status !== 'SUSPENDED')
    throw conflict(
      'INVALID_STATE',
      `This clinic is ${tenant.status}; only an active or suspended clinic can be restored.`,
    );
  await enterMaintenance(db, {
    tenantId: tenant.id,
    reason: 'RESTORE',
    message: 'This clinic is being restored from a backup. It will be back in a few minutes.',
    exclusive: true,
  });
  const [restore] = await db
    .insert(tenantRestores)
    .values({ tenantId: tenant.id, backupId: backup.id, mode: 'in-place', step: 'maintenance' })
    .returning();
  const short = crypto.randomBytes(4).toString('hex');
  const server = { host: tenant.dbHost, port: tenant.dbPort };
  const scratch = `${tenant.dbName}__rs_${short}`;
  const aside = `${tenant.dbName}__old_${short}`;
  const staged = stagingPath(tenant.slug, short);
  const filesAside = path.join(storageRoot(), 'replaced', `${tenant.slug}-${short}`);
  const state = { scratchCreated: false, dbSwapped: false, files: null as FileSwap | null };
  const step = async (name: RestoreStep) => {
    await db.update(tenantRestores).set({ step: name }).where(eq(tenantRestores.id, restore!.id));
    await hooks.beforeStep?.(name);
  };

  // The pre-restore backup reads the live database while the scratch one is restored: the clinic is in maintenance
  // (nothing writes), so running both at once is safe and saves most of a dump's time. The swap waits for it.
  let safety: Promise<Awaited<ReturnType<typeof takeBackup>>> | undefined;
  try {
    await step('pre-restore-backup');
    safety = takeBackup(db, { tenantId: tenant.id, kind: 'pre-restore' });
    safety.catch(() => {}); // awaited below; never an unhandled rejection meanwhile

    await step('restore-database');
    await createEmptyDatabase(scratch, server);
    state.scratchCreated = true;
    await pgRestoreInto(folder, scratch, server);

    await step('migrate');
    await migrateRestored(scratch, server);

    await step('verify');
    await verifyRestoredCounts(scratch, server, manifest);

    await step('extract-files');
    await extractFiles(folder, staged);

    const safetyCopy = await safety;
    if (safetyCopy.status !== 'complete')
      throw new AppError(
        500,
        'PRE_RESTORE_BACKUP_FAILED',
        `The automatic pre-restore backup failed: ${safetyCopy.error}`,
      );

    await step('swap');
    await tenantPools().close(tenant.id);
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        const live = quoteIdent(tenant.dbName);
        // No connection may slip in between terminate and rename; the renames commit together.
        await client.query(`alter database ${live} allow_connections false`);
        try {
          await terminateConnections(client, tenant.dbName);
          await terminateConnections(client, scratch);
          await client.query(
            `alter database ${live} rename to ${quoteIdent(aside)}; alter database ${quoteIdent(scratch)} rename to ${live}`,
          );
        } catch (error) {
          await client.query(`alter database ${live} allow_connections true`).catch(() => {});
          throw error;
        }
      },
      server,
    );
    state.dbSwapped = true;
    state.files = await swapFiles(tenant.storagePath, staged, filesAside);

    await step('grant');
    const target = { tenantId: tenant.id, database: tenant.dbName, role: tenant.dbRole };
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        await markDatabase(client, target);
        await grantDatabaseConnect(client, target, [clusterConfig().admin.user]);
      },
      server,
    );
    await withAdminClient(
      tenant.dbName,
      async (client) => {
        await grantTableRights(client, tenant.dbRole);
        await recordSchemaVersion(client, tenant.id);
        await step('revoke-sessions');
        // Everyone signs in again: sessions in the backup predate the restore.
        await client.query('delete from sessions');
      },
      server,
    );
  } catch (error) {
    const message = errorSummary(error);
    await safety?.catch(() => {}); // let the pre-restore backup finish (or fail and clean up) before undoing
    logger.error('restore in place failed; rolling back', {
      tenant: tenant.slug,
      restoreId: restore!.id,
      error,
    });
    const rollback = await undoRestore({ tenant, server, scratch, aside, staged, state });
    await db
      .update(tenantRestores)
      .set({
        status: 'failed',
        error: rollback.length ? `${message} (rollback: ${rollback.join('; ')})` : message,
        finishedAt: new Date(),
      })
      .where(eq(tenantRestores.id, restore!.id));
    await leaveMaintenance(db, { tenantId: tenant.id, reason: 'RESTORE' });
    if (error instanceof AppError) throw error;
    throw new AppError(
      500,
      'RESTORE_FAILED',
      `The restore failed and the clinic was left as it was: ${message}`,
    );
  }

  await fs.rm(staged, { recursive: true, force: true }).catch(() => {});
  const settings = await readSystemSettings(db);
  const [done] = await db
    .update(tenantRestores)
    .set({
      status: 'complete',
      step: null,
      replacedDatabase: aside,
      replacedFilesPath: filesAside,
      purgeAfter: new Date(Date.now() + settings.replacedDataRetentionDays * 86_400_000),
      finishedAt: new Date(),
    })
    .where(eq(tenantRestores.id, restore!.id))
    .returning();
  await leaveMaintenance(db, { tenantId: tenant.id, reason: 'RESTORE' });
  logger.info('restore in place complete', {
    tenant: tenant.slug,
    restoreId: restore!.id,
    backupId: backup.id,
  });
  return done!;
}

async function undoRestore(options: {
  tenant: { dbName: string; slug: string };
  server: { host: string; port: number };
  scratch: string;
  aside: string;
  staged: string;
  state: { scratchCreated: boolean; dbSwapped: boolean; files: FileSwap | null };
}): Promise<string[]> {
  const { tenant, server, scratch, aside, staged, state } = options;
  const errors: string[] = [];
  const attempt = (p: Promise<unknown>) => p.catch((e: Error) => void errors.push(e.message));
  if (state.files) await attempt(undoFileSwap(state.files));
  if (state.dbSwapped) {
    await attempt(
      withAdminClient(
        MAINTENANCE_DATABASE,
        async (client) => {
          const live = quoteIdent(tenant.dbName);
          await client.query(`alter database ${live} allow_connections false`);
          await terminateConnections(client, tenant.dbName);
          await client.query(
            `alter database ${live} rename to ${quoteIdent(scratch)}; alter database ${quoteIdent(aside)} rename to ${live}`,
          );
          await client.query(`alter database ${live} allow_connections true`);
        },
        server,
      ),
    );
  }
  if (state.scratchCreated) await attempt(dropDatabaseIfExists(scratch, server));
  await attempt(fs.rm(staged, { recursive: true, force: true }));
  return errors;
}
