import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { AppError, notFound } from '@/server/shared/errors';
import { runProvisioning, type ProvisionHooks } from '@/server/tenancy/provisioning/provision-tenant';
import { tenantDetail, type TenantDetail } from './get-tenant';

/** Provisions a FAILED (or stuck PROVISIONING) tenant again; the attempt is audited whatever its outcome. */
export async function retryTenant(
  db: OwnerDb,
  options: { tenantId: string; context: OwnerActionContext; hooks?: ProvisionHooks },
): Promise<TenantDetail> {
  const [before] = await db
    .select({ id: tenants.id, slug: tenants.slug, status: tenants.status })
    .from(tenants)
    .where(eq(tenants.id, options.tenantId));
  if (!before || before.status === 'DELETED') throw notFound('Tenant');
  try {
    const tenant = await runProvisioning(before.id, options.hooks);
    await auditAction(db, options.context, {
      action: 'tenant.retry',
      targetType: 'tenant',
      targetId: tenant.id,
      details: { slug: tenant.slug, outcome: 'ACTIVE' },
    });
    return tenantDetail(db, tenant);
  } catch (error) {
    // A refusal (wrong state, already running) changed nothing; a failed attempt did, and is audited.
    const refused =
      error instanceof AppError &&
      (error.code === 'INVALID_STATE' || error.code === 'PROVISIONING_IN_PROGRESS');
    if (!refused) {
      const [after] = await db
        .select({ lastError: tenants.lastError })
        .from(tenants)
        .where(eq(tenants.id, before.id));
      await auditAction(db, options.context, {
        action: 'tenant.retry',
        targetType: 'tenant',
        targetId: before.id,
        details: { slug: before.slug, outcome: 'FAILED', error: after?.lastError ?? null },
      });
    }
    throw error;
  }
}
