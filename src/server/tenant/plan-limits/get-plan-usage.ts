import { LIMITED_RESOURCE_NAMES, LIMITED_RESOURCES, type LimitedResource } from '@/lib/plan-limits';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { currentPlan } from '@/server/tenancy/owner-gateway/tenant-plan';
import { measureUsage } from './measure-usage';
import type { PlanUsage } from './plan-usage.schema';

export type GetPlanUsageOptions = { tenantId: string };

/** The clinic's plan and, for each limited resource, what it uses against the limit (for its admins). */
export async function getPlanUsage(db: TenantDb, { tenantId }: GetPlanUsageOptions): Promise<PlanUsage> {
  const [plan, used] = await Promise.all([
    currentPlan(tenantId),
    Promise.all(LIMITED_RESOURCE_NAMES.map((resource) => measureUsage(db, resource))),
  ]);
  const quantities = Object.fromEntries(
    LIMITED_RESOURCE_NAMES.map((resource, i) => [
      resource,
      { used: used[i]!, limit: plan?.limits[LIMITED_RESOURCES[resource].limit] ?? null },
    ]),
  ) as Record<LimitedResource, { used: number; limit: number | null }>;
  return { plan: plan ? { code: plan.code, name: plan.name } : null, ...quantities };
}
