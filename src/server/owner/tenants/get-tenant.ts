import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantDomains, tenants, type Tenant, type TenantDomain } from '@/server/owner/db/schema';
import { notFound } from '@/server/shared/errors';
import { toTenantSummaryViews, type TenantSummaryView } from './tenant-summary-view';

export type TenantDetail = TenantSummaryView & { domains: Omit<TenantDomain, 'id' | 'tenantId'>[] };

/** One tenant with its domains (primary first). DELETED tenants are still shown: their row is the audit trail. */
export async function getTenant(db: OwnerDb, options: { tenantId: string }): Promise<TenantDetail> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!row) throw notFound('Tenant');
  return tenantDetail(db, row);
}

export async function tenantDetail(db: OwnerDb, row: Tenant): Promise<TenantDetail> {
  const [[summary], domains] = await Promise.all([
    toTenantSummaryViews(db, [row]),
    db
      .select({
        domain: tenantDomains.domain,
        isPrimary: tenantDomains.isPrimary,
        verifiedAt: tenantDomains.verifiedAt,
        createdAt: tenantDomains.createdAt,
      })
      .from(tenantDomains)
      .where(eq(tenantDomains.tenantId, row.id))
      .orderBy(desc(tenantDomains.isPrimary), asc(tenantDomains.domain)),
  ]);
  return { ...summary!, domains };
}

/**
 * Locks a live (not DELETED) tenant row for the rest of the transaction, so concurrent owner actions on one tenant
 * are applied one after the other. A DELETED tenant is gone as far as changes are concerned: 404.
 */
export async function lockLiveTenant(tx: Pick<OwnerDb, 'select'>, tenantId: string): Promise<Tenant> {
  const [row] = await tx
    .select()
    .from(tenants)
    .where(and(eq(tenants.id, tenantId), ne(tenants.status, 'DELETED')))
    .for('update');
  if (!row) throw notFound('Tenant');
  return row;
}
