import { planFeatureUnavailableMessage, type PlanFeature } from '@/lib/plan-features';
import { AppError } from '@/server/shared/errors';
import { currentPlan } from '@/server/tenancy/owner-gateway/tenant-plan';

/**
 * Refuses (403 PLAN_FEATURE_UNAVAILABLE) when the tenant's current plan does not list the feature. Checked where
 * a feature is first used (booking, a new record, a prescription, an upload of a medical image, a new stock item),
 * never on reads: a clinic moved to a smaller plan keeps seeing what it already has.
 * A tenant without a current subscription has nothing to enforce, as for plan limits.
 */
export async function assertPlanFeature(tenantId: string, feature: PlanFeature): Promise<void> {
  const plan = await currentPlan(tenantId);
  if (!plan || plan.features.includes(feature)) return;
  throw new AppError(
    403,
    'PLAN_FEATURE_UNAVAILABLE',
    planFeatureUnavailableMessage(plan.name, feature, 'clinic'),
    {
      feature,
      plan: plan.code,
    },
  );
}
