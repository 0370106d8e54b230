import { and, desc, eq, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import {
  subscriptionPlans,
  tenants,
  tenantSubscriptions,
  tenantUsage,
  type PlanLimits,
} from '@/server/owner/db/schema';
import { notFound } from '@/server/shared/errors';
import { measureTenantUsage, type UsageCounts } from './measure-tenant-usage';

export type { UsageCounts } from './measure-tenant-usage';

export type UsagePeriod = UsageCounts & { periodStart: string; periodEnd: string };

const MAX_PERIODS = 24;

/** The calendar month (UTC) containing `now`, as SQL dates. */
export function monthOf(now: Date): { periodStart: string; periodEnd: string } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
}

/**
 * Current usage, measured on demand, plus the per-month history. The measurement is also stored as this month's
 * tenant_usage row: that row is what the tenants list shows, so lists stay one cheap query per page.
 */
export async function getTenantUsage(
  db: OwnerDb,
  options: { tenantId: string; now?: Date },
): Promise<{
  tenantId: string;
  current: UsageCounts | null;
  limits: PlanLimits | null;
  periods: UsagePeriod[];
}> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant) throw notFound('Tenant');
  const measurable =
    (tenant.status === 'ACTIVE' || tenant.status === 'SUSPENDED') && tenant.dbPasswordEncrypted !== null;
  const current = measurable ? await measureTenantUsage(tenant) : null;
  if (current) {
    const period = monthOf(options.now ?? current.collectedAt);
    const values = {
      users: current.users,
      practices: current.practices,
      patients: current.patients,
      storageBytes: current.storageBytes,
      databaseBytes: current.databaseBytes,
      collectedAt: current.collectedAt,
    };
    await db
      .insert(tenantUsage)
      .values({ tenantId: tenant.id, granularity: 'month', ...period, ...values })
      .onConflictDoUpdate({
        target: [tenantUsage.tenantId, tenantUsage.granularity, tenantUsage.periodStart],
        set: values,
      });
  }
  const [[plan], periods] = await Promise.all([
    db
      .select({ limits: subscriptionPlans.limits })
      .from(tenantSubscriptions)
      .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
      .where(and(eq(tenantSubscriptions.tenantId, tenant.id), isNull(tenantSubscriptions.endedAt))),
    db
      .select({
        periodStart: tenantUsage.periodStart,
        periodEnd: tenantUsage.periodEnd,
        users: tenantUsage.users,
        practices: tenantUsage.practices,
        patients: tenantUsage.patients,
        storageBytes: tenantUsage.storageBytes,
        databaseBytes: tenantUsage.databaseBytes,
        collectedAt: tenantUsage.collectedAt,
      })
      .from(tenantUsage)
      .where(and(eq(tenantUsage.tenantId, tenant.id), eq(tenantUsage.granularity, 'month')))
      .orderBy(desc(tenantUsage.periodStart))
      .limit(MAX_PERIODS),
  ]);
  return { tenantId: tenant.id, current, limits: plan?.limits ?? null, periods };
}
