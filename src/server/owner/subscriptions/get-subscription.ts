import { desc, eq, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerUsers, subscriptionPlans, tenants, tenantSubscriptions } from '@/server/owner/db/schema';
import type { SubscriptionStatus } from '@/lib/domain/owner/plans';
import { notFound } from '@/server/shared/errors';

export type SubscriptionPeriod = {
  id: string;
  planCode: string;
  planName: string;
  status: SubscriptionStatus;
  startedAt: Date;
  endedAt: Date | null;
  changedBy: { id: string; email: string } | null;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  trialEndsAt: Date | null;
  cancelAtPeriodEnd: boolean;
  /** A downgrade that takes effect at currentPeriodEnd. */
  pendingPlanCode: string | null;
};

/** A tenant's current plan period and its whole history, newest first. Shown for DELETED tenants too. */
export async function getSubscription(
  db: Pick<OwnerDb, 'select'>,
  options: { tenantId: string },
): Promise<{ current: SubscriptionPeriod | null; history: SubscriptionPeriod[] }> {
  const [tenant] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant) throw notFound('Tenant');
  const rows = await db
    .select({
      id: tenantSubscriptions.id,
      planCode: subscriptionPlans.code,
      planName: subscriptionPlans.name,
      status: tenantSubscriptions.status,
      startedAt: tenantSubscriptions.startedAt,
      endedAt: tenantSubscriptions.endedAt,
      currentPeriodStart: tenantSubscriptions.currentPeriodStart,
      currentPeriodEnd: tenantSubscriptions.currentPeriodEnd,
      trialEndsAt: tenantSubscriptions.trialEndsAt,
      cancelAtPeriodEnd: tenantSubscriptions.cancelAtPeriodEnd,
      pendingPlanCode: sql<
        string | null
      >`(select p.code from subscription_plans p where p.id = ${tenantSubscriptions.pendingPlanId})`,
      changedById: ownerUsers.id,
      changedByEmail: ownerUsers.email,
    })
    .from(tenantSubscriptions)
    .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
    .leftJoin(ownerUsers, eq(ownerUsers.id, tenantSubscriptions.changedBy))
    .where(eq(tenantSubscriptions.tenantId, tenant.id))
    // The current period (ended_at null) first, then by start, newest first.
    .orderBy(desc(tenantSubscriptions.endedAt), desc(tenantSubscriptions.startedAt));
  const history = rows.map(({ changedById, changedByEmail, ...period }) => ({
    ...period,
    changedBy: changedById && changedByEmail ? { id: changedById, email: changedByEmail } : null,
  }));
  return { current: history.find((p) => p.endedAt === null) ?? null, history };
}
