import { and, eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantDomains, type TenantDomain } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { lockLiveTenant } from '@/server/owner/tenants/get-tenant';
import { conflict, pgErrorCode, PG_UNIQUE_VIOLATION } from '@/server/shared/errors';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { assertCustomDomainFeature } from './assert-custom-domain-feature';
import { assertDomainsAllowed } from './domain-rules';
import type { AddDomainBody } from './domain.schema';

export type DomainView = Omit<TenantDomain, 'id' | 'tenantId'>;

/**
 * Adds a custom domain. One domain belongs to one tenant (409 otherwise); making it primary demotes the current
 * primary in the same transaction. Other app processes drop their host cache through the NOTIFY trigger.
 */
export async function addTenantDomain(
  db: OwnerDb,
  options: { tenantId: string; input: AddDomainBody; context: OwnerActionContext },
): Promise<DomainView> {
  const { domain } = options.input;
  assertDomainsAllowed([domain], 'domain', false);
  try {
    const added = await db.transaction(async (tx) => {
      const tenant = await lockLiveTenant(tx, options.tenantId);
      await assertCustomDomainFeature(tx, tenant.id);
      const existing = await tx
        .select({ domain: tenantDomains.domain })
        .from(tenantDomains)
        .where(eq(tenantDomains.tenantId, tenant.id));
      const isPrimary = options.input.isPrimary ?? existing.length === 0;
      if (isPrimary) {
        await tx
          .update(tenantDomains)
          .set({ isPrimary: false })
          .where(and(eq(tenantDomains.tenantId, tenant.id), eq(tenantDomains.isPrimary, true)));
      }
      const [row] = await tx
        .insert(tenantDomains)
        .values({ tenantId: tenant.id, domain, isPrimary })
        .returning();
      await auditAction(tx, options.context, {
        action: 'tenant.domain_add',
        targetType: 'tenant',
        targetId: tenant.id,
        details: { slug: tenant.slug, domain, isPrimary },
      });
      return row!;
    });
    invalidateTenantCache();
    const { id: _id, tenantId: _tenant, ...view } = added;
    return view;
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
      throw conflict('DOMAIN_TAKEN', `The domain ${domain} already belongs to a tenant.`, {
        fields: { domain: ['Already in use.'] },
      });
    }
    throw error;
  }
}
