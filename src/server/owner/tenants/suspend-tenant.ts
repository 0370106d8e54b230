import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict } from '@/server/shared/errors';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { lockLiveTenant, tenantDetail, type TenantDetail } from './get-tenant';

/**
 * Stops serving an ACTIVE tenant: its hosts answer 403 TENANT_SUSPENDED (every process drops its host cache via
 * the NOTIFY trigger, within 2 s) and its connection pool here is closed. Data is untouched.
 */
export async function suspendTenant(
  db: OwnerDb,
  options: { tenantId: string; context: OwnerActionContext },
): Promise<TenantDetail> {
  const row = await db.transaction(async (tx) => {
    const current = await lockLiveTenant(tx, options.tenantId);
    if (current.status !== 'ACTIVE')
      throw conflict('INVALID_STATE', `Only ACTIVE tenants can be suspended; this one is ${current.status}.`);
    const [updated] = await tx
      .update(tenants)
      .set({
        status: 'SUSPENDED',
        suspendedAt: new Date(),
        suspensionReason: 'OPERATOR',
        updatedAt: new Date(),
      })
      .where(eq(tenants.id, current.id))
      .returning();
    await auditAction(tx, options.context, {
      action: 'tenant.suspend',
      targetType: 'tenant',
      targetId: current.id,
      details: { slug: current.slug },
    });
    return updated!;
  });
  invalidateTenantCache();
  await tenantPools().close(row.id);
  return tenantDetail(db, row);
}
