import { LIMITED_RESOURCE_NAMES, LIMITED_RESOURCES, type LimitedResource } from '@/lib/plan-limits';
import type { PlanLimits } from '@/server/owner/db/schema';

export type UsageCounts = Record<LimitedResource, number>;

/**
 * Where a tenant's usage is above a plan's limits, in words ("3 practices, plan allows 1 practice"); empty when
 * the plan fits. The tenant plane refuses growth past a limit but never removes anything, so the owner console
 * uses this to warn before moving a clinic onto a plan it has outgrown.
 */
export function planOverruns(limits: PlanLimits, usage: UsageCounts): string[] {
  return LIMITED_RESOURCE_NAMES.flatMap((resource) => {
    const { limit, describe } = LIMITED_RESOURCES[resource];
    const max = limits[limit];
    return max !== null && usage[resource] > max
      ? [`${describe(usage[resource])}, plan allows ${describe(max)}`]
      : [];
  });
}
