import { count, eq, isNull, sql, sum } from 'drizzle-orm';
import { formatBytes } from '@/lib/format-bytes';
import type { PlanLimits } from '@/server/owner/db/schema';
import { AppError } from '@/server/shared/errors';
import type { TenantTx } from '@/server/tenant/auth/transaction';
import { files, patients, practices, users } from '@/server/tenant/db/schema';
import { currentPlan } from '@/server/tenancy/tenant-plan';

/**
 * Plan limits, enforced where the tenant grows: a new or re-activated user, a new practice, a new or re-activated
 * patient, an upload. Counted as the owner's usage page counts them (active users, practices not archived, ACTIVE
 * patients, bytes of stored files).
 *
 * Runs inside the caller's transaction, after a transaction-scoped advisory lock per resource: two concurrent
 * requests cannot both take the last free place, and the lock is released by the commit that uses it.
 */

export type LimitedResource = 'users' | 'practices' | 'patients' | 'storageBytes';

type Counter = {
  limit: keyof PlanLimits;
  describe: (limit: number) => string;
  measure: (tx: TenantTx) => Promise<number>;
};

const COUNTERS: Record<LimitedResource, Counter> = {
  users: {
    limit: 'maxUsers',
    describe: (n) => `${n} active user${n === 1 ? '' : 's'}`,
    measure: async (tx) =>
      (await tx.select({ n: count() }).from(users).where(eq(users.isActive, true)))[0]?.n ?? 0,
  },
  practices: {
    limit: 'maxPractices',
    describe: (n) => `${n} practice${n === 1 ? '' : 's'}`,
    measure: async (tx) =>
      (await tx.select({ n: count() }).from(practices).where(isNull(practices.archivedAt)))[0]?.n ?? 0,
  },
  patients: {
    limit: 'maxPatients',
    describe: (n) => `${n} active patient${n === 1 ? '' : 's'}`,
    measure: async (tx) =>
      (await tx.select({ n: count() }).from(patients).where(eq(patients.status, 'ACTIVE')))[0]?.n ?? 0,
  },
  storageBytes: {
    limit: 'maxStorageBytes',
    describe: (n) => `${formatBytes(n)} of files`,
    measure: async (tx) => Number((await tx.select({ n: sum(files.sizeBytes) }).from(files))[0]?.n ?? 0),
  },
};

/** Refuses (403 PLAN_LIMIT_REACHED) when adding `amount` would take the resource past the tenant's plan limit. */
export async function assertWithinPlan(
  tx: TenantTx,
  tenantId: string,
  resource: LimitedResource,
  amount = 1,
): Promise<void> {
  const plan = await currentPlan(tenantId);
  const limit = plan?.limits[COUNTERS[resource].limit];
  if (limit === null || limit === undefined) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`smartdmv:plan-limit:${resource}`}))`);
  const current = await COUNTERS[resource].measure(tx);
  if (current + amount > limit) {
    throw new AppError(
      403,
      'PLAN_LIMIT_REACHED',
      `The ${plan!.name} plan allows ${COUNTERS[resource].describe(limit)}, and this clinic has ${COUNTERS[resource].describe(current)}. ` +
        'Ask the SmartDMV operator about a larger plan.',
      { resource, limit, current },
    );
  }
}
