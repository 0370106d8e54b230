import { and, eq, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { billingAdjustments, subscriptionPlans, tenantSubscriptions } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { prorate } from '@/server/owner/billing/proration';
import { lockLiveTenant } from '@/server/owner/tenants/get-tenant';
import { now } from '@/server/shared/clock';
import { validationError } from '@/server/shared/errors';
import { getSubscription, type SubscriptionPeriod } from './get-subscription';
import { newSubscriptionPeriod } from './new-subscription-period';
import type { ChangeSubscriptionBody } from './subscription.schema';

/**
 * Changes a tenant's plan and/or subscription status.
 * - An upgrade (a dearer plan) takes effect at once: the current row is closed and a new one opened at the same
 *   instant (history without gaps or overlaps), keeping the billing period; proration to the day (credit for the
 *   old plan's unused days, charge for the new one's) waits in billing_adjustments for the next invoice.
 * - A downgrade waits for the period's end (pendingPlanId), unless `effective: 'now'`, prorated the same way.
 * - No proration during a trial: nothing was charged yet.
 * Asking for what is already current changes nothing.
 */
export async function changeSubscription(
  db: OwnerDb,
  options: { tenantId: string; input: ChangeSubscriptionBody; context: OwnerActionContext },
): Promise<{ current: SubscriptionPeriod | null; history: SubscriptionPeriod[]; changed: boolean }> {
  const at = now();
  const input = options.input;
  const changed = await db.transaction(async (tx) => {
    const tenant = await lockLiveTenant(tx, options.tenantId);
    const [plan] = await tx
      .select()
      .from(subscriptionPlans)
      .where(eq(subscriptionPlans.code, input.planCode));
    const [row] = await tx
      .select({ sub: tenantSubscriptions, plan: subscriptionPlans })
      .from(tenantSubscriptions)
      .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
      .where(and(eq(tenantSubscriptions.tenantId, tenant.id), isNull(tenantSubscriptions.endedAt)));
    if (!plan) throw validationError({ fields: { planCode: ['Unknown plan.'] } });
    // An inactive plan may stay where it is, but nobody is moved onto it.
    if (!plan.isActive && row?.sub.planId !== plan.id)
      throw validationError({ fields: { planCode: ['This plan is no longer offered.'] } });
    const audit = (action: string, details: Record<string, unknown>) =>
      auditAction(tx, options.context, {
        action,
        targetType: 'tenant',
        targetId: tenant.id,
        details: { slug: tenant.slug, ...details },
      });

    if (!row) {
      const period = newSubscriptionPeriod(plan, at);
      await tx.insert(tenantSubscriptions).values({
        tenantId: tenant.id,
        planId: plan.id,
        ...period,
        status: input.status ?? period.status,
        changedBy: options.context.actor.id,
      });
      await audit('tenant.subscription_change', {
        from: null,
        to: { planCode: plan.code, status: period.status },
      });
      return true;
    }
    const current = row.sub;
    let changedAnything = false;
    if (input.cancelAtPeriodEnd !== undefined && input.cancelAtPeriodEnd !== current.cancelAtPeriodEnd) {
      await tx
        .update(tenantSubscriptions)
        .set({ cancelAtPeriodEnd: input.cancelAtPeriodEnd })
        .where(eq(tenantSubscriptions.id, current.id));
      await audit('tenant.subscription_cancel', { atPeriodEnd: input.cancelAtPeriodEnd });
      changedAnything = true;
    }
    const status = input.status ?? current.status;
    const samePlan = current.planId === plan.id;
    if (samePlan && status === current.status) {
      if (current.pendingPlanId && input.effective !== 'period_end') {
        // Choosing the current plan again withdraws a waiting downgrade.
        await tx
          .update(tenantSubscriptions)
          .set({ pendingPlanId: null })
          .where(eq(tenantSubscriptions.id, current.id));
        await audit('tenant.subscription_change', { withdrawn: 'pending downgrade' });
        return true;
      }
      return changedAnything;
    }

    const isUpgrade = plan.priceMinor > row.plan.priceMinor;
    const effective = input.effective ?? (isUpgrade ? 'now' : 'period_end');
    if (!samePlan && effective === 'period_end') {
      await tx
        .update(tenantSubscriptions)
        .set({ pendingPlanId: plan.id, ...(status !== current.status ? { status } : {}) })
        .where(eq(tenantSubscriptions.id, current.id));
      await audit('tenant.subscription_scheduled', {
        from: { planCode: row.plan.code },
        to: { planCode: plan.code },
        at: current.currentPeriodEnd.toISOString(),
      });
      return true;
    }

    if (!samePlan && current.status !== 'TRIALING') {
      const p = prorate({
        oldPriceMinor: row.plan.priceMinor,
        newPriceMinor: plan.priceMinor,
        periodStart: current.currentPeriodStart,
        periodEnd: current.currentPeriodEnd,
        changeAt: at,
      });
      const days = `${p.remainingDays} of ${p.totalDays} days`;
      await tx.insert(billingAdjustments).values([
        {
          tenantId: tenant.id,
          description: `Unused time on ${row.plan.name} (${days})`,
          amountMinor: p.creditMinor,
        },
        {
          tenantId: tenant.id,
          description: `Remaining time on ${plan.name} (${days})`,
          amountMinor: p.chargeMinor,
        },
      ]);
    }
    await tx.update(tenantSubscriptions).set({ endedAt: at }).where(eq(tenantSubscriptions.id, current.id));
    await tx.insert(tenantSubscriptions).values({
      tenantId: tenant.id,
      planId: plan.id,
      status,
      startedAt: at,
      changedBy: options.context.actor.id,
      currentPeriodStart: current.currentPeriodStart,
      currentPeriodEnd: current.currentPeriodEnd,
      trialEndsAt: current.trialEndsAt,
      cancelAtPeriodEnd: current.cancelAtPeriodEnd,
    });
    await audit('tenant.subscription_change', {
      from: { planCode: row.plan.code, status: current.status },
      to: { planCode: plan.code, status },
    });
    return true;
  });
  return { ...(await getSubscription(db, { tenantId: options.tenantId })), changed };
}
