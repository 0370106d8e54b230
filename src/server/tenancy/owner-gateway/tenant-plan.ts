import { and, eq, isNull } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { subscriptionPlans, tenantSubscriptions, type PlanLimits } from '@/server/owner/db/schema';

export type CurrentPlan = { code: string; name: string; limits: PlanLimits; features: string[] };

/**
 * The plan of the tenant's current subscription, read from the control plane each time it is needed: only the
 * requests that add users, practices, patients or files ask, and an operator's plan change then applies at once.
 * Null when the tenant has no current subscription (nothing to enforce).
 */
export async function currentPlan(tenantId: string): Promise<CurrentPlan | null> {
  const [row] = await ownerDb
    .select({
      code: subscriptionPlans.code,
      name: subscriptionPlans.name,
      limits: subscriptionPlans.limits,
      features: subscriptionPlans.features,
    })
    .from(tenantSubscriptions)
    .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
    .where(and(eq(tenantSubscriptions.tenantId, tenantId), isNull(tenantSubscriptions.endedAt)));
  return row ?? null;
}
