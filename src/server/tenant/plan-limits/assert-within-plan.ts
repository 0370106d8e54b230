import { sql } from 'drizzle-orm';
import { LIMITED_RESOURCES, type LimitedResource } from '@/lib/plan-limits';
import { AppError } from '@/server/shared/errors';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import { currentPlan } from '@/server/tenancy/owner-gateway/tenant-plan';
import { measureUsage } from './measure-usage';

/**
 * Plan limits, enforced where the tenant grows: a new or re-activated user, a new practice, a new or re-activated
 * patient, an upload, counted as measure-usage.ts counts them.
 *
 * Runs inside the caller's transaction, after a transaction-scoped advisory lock per resource: two concurrent
 * requests cannot both take the last free place, and the lock is released by the commit that uses it.
 */

/** Refuses (403 PLAN_LIMIT_REACHED) when adding `amount` would take the resource past the tenant's plan limit. */
export async function assertWithinPlan(
  tx: TenantTx,
  tenantId: string,
  resource: LimitedResource,
  amount = 1,
): Promise<void> {
  const plan = await currentPlan(tenantId);
  const { limit: limitKey, describe } = LIMITED_RESOURCES[resource];
  const limit = plan?.limits[limitKey];
  if (limit === null || limit === undefined) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`smartdmv:plan-limit:${resource}`}))`);
  const current = await measureUsage(tx, resource);
  if (current + amount > limit) {
    throw new AppError(
      403,
      'PLAN_LIMIT_REACHED',
      `The ${plan!.name} plan allows ${describe(limit)}, and this clinic has ${describe(current)}. ` +
        'Ask the SmartDMV operator about a larger plan.',
      { resource, limit, current },
    );
  }
}
