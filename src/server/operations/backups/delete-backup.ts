import fs from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, tenants, type TenantBackup } from '@/server/owner/db/schema';
import { conflict, notFound } from '@/server/shared/errors';
import { backupFolderPath } from './backup-location';
import { getBackup } from './list-backups';

/**
 * Deletes a manual backup (folder and row). Scheduled ones are removed by retention, pre-delete and pre-restore
 * ones are safety copies: refused with 409.
 */
export async function deleteManualBackup(
  db: OwnerDb,
  options: { tenantId: string; backupId: string },
): Promise<TenantBackup> {
  const backup = await getBackup(db, options);
  if (backup.kind !== 'manual')
    throw conflict(
      'BACKUP_NOT_MANUAL',
      `Only manual backups can be deleted; this one is ${backup.kind} (retention removes scheduled ones).`,
    );
  if (backup.status === 'running') throw conflict('BACKUP_IN_PROGRESS', 'This backup is still running.');
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant) throw notFound('Tenant');
  await removeBackup(db, tenant, backup);
  return backup;
}

/** Removes a backup's folder, then its row (a crash between the two leaves a row the sweep marks failed). */
export async function removeBackup(
  db: OwnerDb,
  tenant: { id: string; storagePath: string },
  backup: TenantBackup,
): Promise<void> {
  await fs.rm(backupFolderPath(tenant, backup.folder), { recursive: true, force: true });
  await db.delete(tenantBackups).where(eq(tenantBackups.id, backup.id));
}
