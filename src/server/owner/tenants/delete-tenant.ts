import { errorSummary } from '@/server/shared/describe-error';
import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantDomains, tenants } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict, notFound, validationError } from '@/server/shared/errors';
import { takeFinalBackup } from '@/server/operations/backups/take-final-backup';
import { deprovisionTenant } from '@/server/tenancy/provisioning/deprovision-tenant';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { tenantDetail, type TenantDetail } from './get-tenant';

/**
 * Deletes a tenant after the caller typed its slug: a final `pre-delete` backup first (kept with the archived
 * storage; if it fails nothing is dropped unless the slug is typed a second time), then database and role dropped,
 * files archived, row kept as DELETED. Its domains are released (recorded in the audit entry) so another tenant may use them later.
 */
export async function deleteTenant(
  db: OwnerDb,
  options: { tenantId: string; confirm: string; confirmWithoutBackup?: string; context: OwnerActionContext },
): Promise<TenantDetail> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant || tenant.status === 'DELETED') throw notFound('Tenant');
  if (options.confirm.trim() !== tenant.slug) {
    throw validationError(
      { fields: { confirm: [`Type the tenant's slug (${tenant.slug}) to confirm.`] } },
      'The confirmation does not match.',
    );
  }
  if (tenant.isDefault) throw conflict('INVALID_STATE', 'The default tenant cannot be deleted.');
  const finalBackup = await takeFinalBackup(db, { tenant, ...options });
  const base = { slug: tenant.slug, name: tenant.name, previousStatus: tenant.status, ...finalBackup };
  let deleted;
  try {
    deleted = await deprovisionTenant(tenant.id);
  } catch (error) {
    // deprovisionTenant marks the row DELETED before dropping anything: a half-done deletion is still recorded.
    await auditAction(db, options.context, {
      action: 'tenant.delete',
      targetType: 'tenant',
      targetId: tenant.id,
      details: { ...base, outcome: 'FAILED', error: errorSummary(error) },
    });
    throw error;
  }
  const released = await db
    .delete(tenantDomains)
    .where(eq(tenantDomains.tenantId, tenant.id))
    .returning({ domain: tenantDomains.domain });
  invalidateTenantCache();
  await auditAction(db, options.context, {
    action: 'tenant.delete',
    targetType: 'tenant',
    targetId: tenant.id,
    details: { ...base, archivedTo: deleted.storagePath, releasedDomains: released.map((d) => d.domain) },
  });
  return tenantDetail(db, deleted);
}
