import { LIMITED_RESOURCES, type LimitedResource } from '@/lib/plan-limits';
import type { TenantDb } from '@/server/tenancy/pool-registry';
import { currentPlan } from '@/server/tenancy/tenant-plan';
import { measureUsage } from './measure-usage';
import type { PlanUsage } from './plan-usage.schema';

export type GetPlanUsageOptions = { tenantId: string };

/** The clinic's plan and, for each limited resource, what it uses against the limit (for its admins). */
export async function getPlanUsage(db: TenantDb, { tenantId }: GetPlanUsageOptions): Promise<PlanUsage> {
  const resources = Object.keys(LIMITED_RESOURCES) as LimitedResource[];
  const [plan, ...used] = await Promise.all([
    currentPlan(tenantId),
    ...resources.map((resource) => measureUsage(db, resource)),
  ]);
  const quantity = (resource: LimitedResource, index: number) => ({
    used: used[index]!,
    limit: plan?.limits[LIMITED_RESOURCES[resource].limit] ?? null,
  });
  return {
    plan: plan ? { code: plan.code, name: plan.name } : null,
    users: quantity('users', 0),
    practices: quantity('practices', 1),
    patients: quantity('patients', 2),
    storageBytes: quantity('storageBytes', 3),
  };
}
