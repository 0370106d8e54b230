import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import {
  subscriptionPlans,
  tenantSubscriptions,
  type OveragePrices,
  type PlanLimits,
} from '@/server/owner/db/schema';
import { createTestTenant, type TestTenant } from './tenants';

/** A plan of this test file's own (prices and limits the test controls). */
export async function createBillingPlan(
  options: {
    priceMinor: number;
    limits?: Partial<PlanLimits>;
    overagePrices?: OveragePrices;
    trialDays?: number;
    currency?: string;
  } = { priceMinor: 2900 },
) {
  const code = `bill-${crypto.randomBytes(4).toString('hex')}`;
  const [plan] = await ownerDb
    .insert(subscriptionPlans)
    .values({
      code,
      name: `Plan ${code}`,
      priceMinor: options.priceMinor,
      currency: options.currency ?? 'EUR',
      limits: {
        maxUsers: null,
        maxPractices: null,
        maxPatients: null,
        maxStorageBytes: null,
        ...options.limits,
      },
      overagePrices: options.overagePrices ?? {},
      trialDays: options.trialDays ?? 0,
    })
    .returning();
  return plan!;
}

/** A fresh clinic whose current subscription is on `planCode` with the given period. */
export async function tenantWithPeriod(
  planCode: string,
  period: { start: string; end: string; status?: 'ACTIVE' | 'TRIALING' },
): Promise<TestTenant> {
  const t = await createTestTenant('bill', planCode);
  await ownerDb
    .update(tenantSubscriptions)
    .set({
      currentPeriodStart: new Date(period.start),
      currentPeriodEnd: new Date(period.end),
      startedAt: new Date(period.start),
      status: period.status ?? 'ACTIVE',
      trialEndsAt: period.status === 'TRIALING' ? new Date(period.end) : null,
    })
    .where(and(eq(tenantSubscriptions.tenantId, t.tenant.id), isNull(tenantSubscriptions.endedAt)));
  return t;
}
