import { and, asc, eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantDomains } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { lockLiveTenant } from '@/server/owner/tenants/get-tenant';
import { notFound } from '@/server/shared/errors';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';

/** Removes a domain from a tenant; when it was the primary, the oldest remaining domain becomes primary. */
export async function removeTenantDomain(
  db: OwnerDb,
  options: { tenantId: string; domain: string; context: OwnerActionContext },
): Promise<{ domain: string; removed: true; newPrimary: string | null }> {
  const result = await db.transaction(async (tx) => {
    const tenant = await lockLiveTenant(tx, options.tenantId);
    const [removed] = await tx
      .delete(tenantDomains)
      .where(and(eq(tenantDomains.tenantId, tenant.id), eq(tenantDomains.domain, options.domain)))
      .returning();
    if (!removed) throw notFound('Domain');
    let newPrimary: string | null = null;
    if (removed.isPrimary) {
      const [next] = await tx
        .select()
        .from(tenantDomains)
        .where(eq(tenantDomains.tenantId, tenant.id))
        .orderBy(asc(tenantDomains.createdAt), asc(tenantDomains.domain))
        .limit(1);
      if (next) {
        await tx.update(tenantDomains).set({ isPrimary: true }).where(eq(tenantDomains.id, next.id));
        newPrimary = next.domain;
      }
    }
    await auditAction(tx, options.context, {
      action: 'tenant.domain_remove',
      targetType: 'tenant',
      targetId: tenant.id,
      details: { slug: tenant.slug, domain: removed.domain, wasPrimary: removed.isPrimary, newPrimary },
    });
    return { domain: removed.domain, removed: true as const, newPrimary };
  });
  invalidateTenantCache();
  return result;
}
