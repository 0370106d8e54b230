import { and, desc, eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, tenants, type TenantBackup } from '@/server/owner/db/schema';
import { notFound } from '@/server/shared/errors';
import { tryBackupLock } from './backup-lock';
import { sweepIncompleteBackups } from './sweep-incomplete-backups';

/**
 * A clinic's backups, newest first. When no backup of the clinic is running, incomplete leftovers (a killed
 * backup's folder and row) are swept first, so a dead backup is shown as failed, never as running or good.
 */
export async function listBackups(db: OwnerDb, options: { tenantId: string }): Promise<TenantBackup[]> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant) throw notFound('Tenant');
  const lock = await tryBackupLock(db, tenant.id);
  if (lock) {
    try {
      await sweepIncompleteBackups(db, tenant);
    } finally {
      await lock.release();
    }
  }
  return db
    .select()
    .from(tenantBackups)
    .where(eq(tenantBackups.tenantId, tenant.id))
    .orderBy(desc(tenantBackups.createdAt));
}

/** One backup of this clinic; another clinic's backup is 404, as if it did not exist. */
export async function getBackup(
  db: OwnerDb,
  options: { tenantId: string; backupId: string },
): Promise<TenantBackup> {
  const [row] = await db
    .select()
    .from(tenantBackups)
    .where(and(eq(tenantBackups.id, options.backupId), eq(tenantBackups.tenantId, options.tenantId)));
  if (!row) throw notFound('Backup');
  return row;
}
