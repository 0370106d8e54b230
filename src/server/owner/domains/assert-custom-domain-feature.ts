import { and, eq, isNull } from 'drizzle-orm';
import { planFeatureUnavailableMessage } from '@/lib/plan-features';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenantSubscriptions } from '@/server/owner/db/schema';
import { AppError } from '@/server/shared/errors';

/**
 * Refuses (403 PLAN_FEATURE_UNAVAILABLE) a custom domain for a tenant whose current plan lacks `custom-domain`.
 * Runs in the caller's transaction, after the tenant row is locked, so a concurrent plan change cannot slip between.
 */
export async function assertCustomDomainFeature(
  db: Pick<OwnerDb, 'select'>,
  tenantId: string,
): Promise<void> {
  const [plan] = await db
    .select({
      code: subscriptionPlans.code,
      name: subscriptionPlans.name,
      features: subscriptionPlans.features,
    })
    .from(tenantSubscriptions)
    .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
    .where(and(eq(tenantSubscriptions.tenantId, tenantId), isNull(tenantSubscriptions.endedAt)));
  if (!plan || plan.features.includes('custom-domain')) return;
  throw new AppError(
    403,
    'PLAN_FEATURE_UNAVAILABLE',
    planFeatureUnavailableMessage(plan.name, 'custom-domain', 'owner'),
    {
      feature: 'custom-domain',
      plan: plan.code,
    },
  );
}
