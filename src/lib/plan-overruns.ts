import {
  LIMITED_RESOURCE_NAMES,
  LIMITED_RESOURCES,
  type LimitedResource,
  type PlanLimitKey,
} from './plan-limits';

/** A plan's limits (null: unlimited), as stored on the plan. */
type PlanLimits = Record<PlanLimitKey, number | null>;

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
