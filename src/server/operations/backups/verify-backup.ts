import { errorSummary } from '@/server/shared/describe-error';
import crypto from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, type BackupVerification, type TenantBackup } from '@/server/owner/db/schema';
import { AppError } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { loadRestorableBackup } from './load-restorable-backup';
import { compareCounts, countTables } from './count-tables';
import { createEmptyDatabase, dropDatabaseIfExists, pgRestoreInto } from './restore-database';
import { withAdminClient } from '@/server/tenancy/cluster/admin-client';

/**
 * Proves a backup restorable: checks its parts' SHA-256, restores it into a scratch database on the clinic's
 * server, compares every table's row count with the manifest, drops the scratch database, and records the result
 * (verified_at only when it passed). Returns the updated row; a failed check is a result, not an exception.
 */
export async function verifyBackup(
  db: OwnerDb,
  options: { tenantId: string; backupId: string },
): Promise<TenantBackup> {
  const started = Date.now();
  let result: BackupVerification;
  try {
    const { tenant, folder, manifest } = await loadRestorableBackup(db, options);
    const server = { host: tenant.dbHost, port: tenant.dbPort };
    const scratch = `smartdmv_verify_${crypto.randomBytes(6).toString('hex')}`;
    await createEmptyDatabase(scratch, server);
    try {
      await pgRestoreInto(folder, scratch, server);
      const actual = await withAdminClient(scratch, (client) => countTables(client), server);
      const mismatches = compareCounts(manifest.tables, actual);
      result = Object.keys(mismatches).length
        ? { ok: false, mismatches, error: `Row counts differ in ${Object.keys(mismatches).join(', ')}.` }
        : { ok: true };
    } finally {
      await dropDatabaseIfExists(scratch, server);
    }
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw error;
    result = { ok: false, error: errorSummary(error) };
  }
  result.durationMs = Date.now() - started;
  const [row] = await db
    .update(tenantBackups)
    .set({ verification: result, ...(result.ok ? { verifiedAt: new Date() } : {}) })
    .where(eq(tenantBackups.id, options.backupId))
    .returning();
  logger.info('backup verified', { backupId: options.backupId, ok: result.ok, ms: result.durationMs });
  return row!;
}

/** The clinic's newest complete backup, or null. */
export async function latestGoodBackup(db: OwnerDb, tenantId: string): Promise<TenantBackup | null> {
  const [row] = await db
    .select()
    .from(tenantBackups)
    .where(and(eq(tenantBackups.tenantId, tenantId), eq(tenantBackups.status, 'complete')))
    .orderBy(desc(tenantBackups.createdAt))
    .limit(1);
  return row ?? null;
}
