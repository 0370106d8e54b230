import { and, eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, tenants, type Tenant, type TenantBackup } from '@/server/owner/db/schema';
import { AppError, conflict, notFound } from '@/server/shared/errors';
import { migrationPlan, TENANT_MIGRATIONS } from '@/server/tenancy/migrations/run-migrations';
import { backupFolderPath } from './backup-location';
import { readManifest, verifyParts, type BackupManifest } from './manifest';

export type RestorableBackup = {
  tenant: Tenant;
  backup: TenantBackup;
  folder: string;
  manifest: BackupManifest;
};

/**
 * Everything checked before a restore touches anything: the backup is this clinic's (another clinic's is 404, as
 * if absent), complete, its parts match their SHA-256, and its schema is not newer than this code's.
 */
export async function loadRestorableBackup(
  db: OwnerDb,
  options: { tenantId: string; backupId: string },
): Promise<RestorableBackup> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant) throw notFound('Tenant');
  const [backup] = await db
    .select()
    .from(tenantBackups)
    .where(and(eq(tenantBackups.id, options.backupId), eq(tenantBackups.tenantId, tenant.id)));
  if (!backup) throw notFound('Backup');
  if (backup.status !== 'complete')
    throw conflict(
      'BACKUP_NOT_COMPLETE',
      `This backup is ${backup.status}; only a complete backup can be restored.`,
    );
  const folder = backupFolderPath(tenant, backup.folder);
  const manifest = await readManifest(folder);
  if (manifest.tenantId !== tenant.id || manifest.backupId !== backup.id)
    throw new AppError(422, 'BACKUP_CORRUPT', 'This backup’s manifest names another clinic or backup.');
  const latest = migrationPlan(TENANT_MIGRATIONS).latest;
  if (manifest.schemaVersion > latest)
    throw new AppError(
      422,
      'BACKUP_SCHEMA_NEWER',
      'This backup was taken by a newer version of SmartDMV (its schema is newer than this code). Upgrade SmartDMV first.',
      { backupSchemaVersion: manifest.schemaVersion, codeSchemaVersion: latest },
    );
  await verifyParts(folder, manifest);
  return { tenant, backup, folder, manifest };
}
