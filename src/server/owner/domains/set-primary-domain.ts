import { and, eq, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantDomains } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { lockLiveTenant } from '@/server/owner/tenants/get-tenant';
import { notFound } from '@/server/shared/errors';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import type { DomainView } from './add-domain';

/** Makes one of a tenant's domains its primary; the previous primary stays mapped as a secondary domain. */
export async function setPrimaryDomain(
  db: OwnerDb,
  options: { tenantId: string; domain: string; context: OwnerActionContext },
): Promise<DomainView> {
  const result = await db.transaction(async (tx) => {
    const tenant = await lockLiveTenant(tx, options.tenantId);
    const [target] = await tx
      .select()
      .from(tenantDomains)
      .where(and(eq(tenantDomains.tenantId, tenant.id), eq(tenantDomains.domain, options.domain)));
    if (!target) throw notFound('Domain');
    // Clear first: the partial unique index allows one primary per tenant at any moment.
    await tx
      .update(tenantDomains)
      .set({ isPrimary: false })
      .where(and(eq(tenantDomains.tenantId, tenant.id), ne(tenantDomains.id, target.id)));
    const [updated] = await tx
      .update(tenantDomains)
      .set({ isPrimary: true })
      .where(eq(tenantDomains.id, target.id))
      .returning();
    if (!target.isPrimary) {
      await auditAction(tx, options.context, {
        action: 'tenant.domain_primary',
        targetType: 'tenant',
        targetId: tenant.id,
        details: { slug: tenant.slug, domain: target.domain },
      });
    }
    const { id: _id, tenantId: _tenantId, ...view } = updated!;
    return view;
  });
  invalidateTenantCache();
  return result;
}
