import type { SubscriptionPlan } from '@/server/owner/db/schema';
import type { SubscriptionStatus } from '@/lib/domain/owner/plans';
import { DAY_MS } from '@/server/shared/clock';
import { addInterval } from '@/server/owner/billing/periods';

/**
 * The first period of a new subscription: a plan with a trial starts TRIALING for its trial days (the first
 * period is the trial, billed at its end); otherwise ACTIVE for one interval.
 */
export function newSubscriptionPeriod(
  plan: Pick<SubscriptionPlan, 'trialDays' | 'interval'>,
  at: Date,
): {
  status: SubscriptionStatus;
  startedAt: Date;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  trialEndsAt: Date | null;
} {
  if (plan.trialDays > 0) {
    const trialEndsAt = new Date(at.getTime() + plan.trialDays * DAY_MS);
    return {
      status: 'TRIALING',
      startedAt: at,
      currentPeriodStart: at,
      currentPeriodEnd: trialEndsAt,
      trialEndsAt,
    };
  }
  return {
    status: 'ACTIVE',
    startedAt: at,
    currentPeriodStart: at,
    currentPeriodEnd: addInterval(at, plan.interval),
    trialEndsAt: null,
  };
}
