import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups, type Tenant } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { AppError, validationError } from '@/server/shared/errors';
import { takeBackup } from './take-backup';

/**
 * The `pre-delete` backup taken before a clinic's database is dropped, kept (with its archived storage) for
 * deletedTenantRetentionDays. When it fails, deletion stops with 409 PRE_DELETE_BACKUP_FAILED unless the operator
 * typed the slug a second time (`confirmWithoutBackup`); that choice is audited. Returns what to add to the
 * deletion's audit entry.
 */
export async function takeFinalBackup(
  db: OwnerDb,
  options: { tenant: Tenant; confirmWithoutBackup?: string; context: OwnerActionContext },
): Promise<Record<string, unknown>> {
  const { tenant } = options;
  let error: string;
  try {
    const backup = await takeBackup(db, { tenantId: tenant.id, kind: 'pre-delete' });
    if (backup.status === 'complete') {
      const { deletedTenantRetentionDays } = await readSystemSettings(db);
      const keepUntil = new Date(Date.now() + deletedTenantRetentionDays * 86_400_000);
      await db.update(tenantBackups).set({ keepUntil }).where(eq(tenantBackups.id, backup.id));
      return { finalBackupId: backup.id, finalBackupKeptUntil: keepUntil.toISOString() };
    }
    error = backup.error ?? 'unknown error';
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  if (options.confirmWithoutBackup === undefined) {
    await auditAction(db, options.context, {
      action: 'tenant.delete',
      targetType: 'tenant',
      targetId: tenant.id,
      details: { slug: tenant.slug, outcome: 'FAILED', error: `final backup failed: ${error}` },
    });
    throw new AppError(
      409,
      'PRE_DELETE_BACKUP_FAILED',
      `The final backup before deletion failed, so nothing was deleted: ${error} To delete without a final backup, type the slug a second time (confirmWithoutBackup).`,
      { backupError: error },
    );
  }
  if (options.confirmWithoutBackup.trim() !== tenant.slug)
    throw validationError(
      {
        fields: {
          confirmWithoutBackup: [`Type the tenant's slug (${tenant.slug}) again to delete without a backup.`],
        },
      },
      'The second confirmation does not match.',
    );
  return { deletedWithoutBackup: true, finalBackupError: error };
}
