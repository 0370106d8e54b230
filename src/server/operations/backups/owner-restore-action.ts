import { errorSummary } from '@/server/shared/describe-error';
import type { OwnerDb } from '@/server/owner/db/client';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { getTenant, type TenantDetail } from '@/server/owner/tenants/get-tenant';
import { AppError } from '@/server/shared/errors';
import { toRestoreView } from './backup.schema';
import { restoreAsNewTenant } from './restore-as-new-tenant';
import { restoreInPlace } from './restore-in-place';

/** POST /api/owner/tenants/:id/restore: in place, or as a new clinic when `asSlug` is given; audited either way. */
export async function restoreTenant(
  db: OwnerDb,
  options: { tenantId: string; backupId: string; asSlug?: string; context: OwnerActionContext },
): Promise<{ restore: ReturnType<typeof toRestoreView>; tenant: TenantDetail; created: boolean }> {
  const mode = options.asSlug ? 'new-tenant' : 'in-place';
  const base = { backupId: options.backupId, mode, ...(options.asSlug ? { asSlug: options.asSlug } : {}) };
  try {
    if (options.asSlug) {
      const { restore, tenant } = await restoreAsNewTenant(db, {
        tenantId: options.tenantId,
        backupId: options.backupId,
        asSlug: options.asSlug,
      });
      await auditAction(db, options.context, {
        action: 'tenant.restore',
        targetType: 'tenant',
        targetId: options.tenantId,
        details: { ...base, restoreId: restore.id, newTenantId: tenant.id },
      });
      return {
        restore: toRestoreView(restore),
        tenant: await getTenant(db, { tenantId: tenant.id }),
        created: true,
      };
    }
    const restore = await restoreInPlace(db, { tenantId: options.tenantId, backupId: options.backupId });
    await auditAction(db, options.context, {
      action: 'tenant.restore',
      targetType: 'tenant',
      targetId: options.tenantId,
      details: { ...base, restoreId: restore.id, replacedDatabase: restore.replacedDatabase },
    });
    return {
      restore: toRestoreView(restore),
      tenant: await getTenant(db, { tenantId: options.tenantId }),
      created: false,
    };
  } catch (error) {
    // Refusals before anything started (404, 4xx checks) are not restores; failures are audited with their error.
    if (!(error instanceof AppError) || error.status >= 500 || error.code === 'RESTORE_VERIFY_FAILED')
      await auditAction(db, options.context, {
        action: 'tenant.restore',
        targetType: 'tenant',
        targetId: options.tenantId,
        details: {
          ...base,
          outcome: 'FAILED',
          error: errorSummary(error),
        },
      }).catch(() => {});
    throw error;
  }
}
