import { asc, desc } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { subscriptionPlans, type SubscriptionPlan } from '@/server/owner/db/schema';

/** Every plan, active ones first, cheapest first: a short list, so no pagination. */
export async function listPlans(db: Pick<OwnerDb, 'select'>): Promise<SubscriptionPlan[]> {
  return db
    .select()
    .from(subscriptionPlans)
    .orderBy(
      desc(subscriptionPlans.isActive),
      asc(subscriptionPlans.priceMinor),
      asc(subscriptionPlans.code),
    );
}
