import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import {
  subscriptionPlans,
  tenantDomains,
  tenantSubscriptions,
  tenantUsage,
  type Tenant,
} from '@/server/owner/db/schema';
import { toTenantView, type TenantView } from '@/server/tenancy/tenant-view';
import { tenantSiteUrl } from './tenant-site-url';

export type UsageSnapshot = {
  users: number;
  practices: number;
  patients: number;
  storageBytes: number;
  databaseBytes: number | null;
  collectedAt: Date;
};

export type TenantSummaryView = TenantView & {
  primaryDomain: string | null;
  planCode: string | null;
  subscriptionStatus: string | null;
  usage: UsageSnapshot | null;
  siteUrl: string;
};

/**
 * Decorates a page of tenant rows with primary domain, current plan and last collected usage: three queries
 * for the whole page (never one per row).
 */
export async function toTenantSummaryViews(db: OwnerDb, rows: Tenant[]): Promise<TenantSummaryView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [domains, plans, usage] = await Promise.all([
    db
      .select({ tenantId: tenantDomains.tenantId, domain: tenantDomains.domain })
      .from(tenantDomains)
      .where(and(inArray(tenantDomains.tenantId, ids), eq(tenantDomains.isPrimary, true))),
    db
      .select({
        tenantId: tenantSubscriptions.tenantId,
        code: subscriptionPlans.code,
        status: tenantSubscriptions.status,
      })
      .from(tenantSubscriptions)
      .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
      .where(and(inArray(tenantSubscriptions.tenantId, ids), isNull(tenantSubscriptions.endedAt))),
    db
      .selectDistinctOn([tenantUsage.tenantId], {
        tenantId: tenantUsage.tenantId,
        users: tenantUsage.users,
        practices: tenantUsage.practices,
        patients: tenantUsage.patients,
        storageBytes: tenantUsage.storageBytes,
        databaseBytes: tenantUsage.databaseBytes,
        collectedAt: tenantUsage.collectedAt,
      })
      .from(tenantUsage)
      .where(inArray(tenantUsage.tenantId, ids))
      .orderBy(tenantUsage.tenantId, desc(tenantUsage.collectedAt)),
  ]);
  const domainOf = new Map(domains.map((d) => [d.tenantId, d.domain]));
  const planOf = new Map(plans.map((p) => [p.tenantId, p]));
  const usageOf = new Map(usage.map(({ tenantId, ...u }) => [tenantId, u]));
  return rows.map((row) => ({
    ...toTenantView(row),
    primaryDomain: domainOf.get(row.id) ?? null,
    planCode: planOf.get(row.id)?.code ?? null,
    subscriptionStatus: planOf.get(row.id)?.status ?? null,
    usage: usageOf.get(row.id) ?? null,
    siteUrl: tenantSiteUrl(row),
  }));
}
