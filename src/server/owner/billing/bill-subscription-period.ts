import { and, eq, isNull, lte } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import {
  billingAdjustments,
  subscriptionPlans,
  tenantSubscriptions,
  type Invoice,
} from '@/server/owner/db/schema';
import type { SystemSettings } from '@/server/owner/settings/settings.schema';
import { lineOf, type DraftLine } from './invoice-lines';
import { issueInvoice } from './issue-invoice';
import { overageLines } from './overage';
import { peakUsage } from './peak-usage';
import { addInterval, isoDate } from './periods';

/**
 * Closes one subscription's ended period and opens the next, in one transaction: applies a waiting downgrade or
 * a cancellation, ends a trial, and issues the invoice for the coming period — plan fee, proration waiting from
 * plan changes, overage of the period that ended. Idempotent: it only acts on a current row whose period has
 * ended (locked FOR UPDATE), and moves that period forward; the invoice's billing key is unique besides.
 * Returns the invoice issued, or null (nothing due, nothing to bill, or already done by a concurrent run).
 */
export async function billSubscriptionPeriod(
  db: OwnerDb,
  options: { subscriptionId: string; now: Date; settings?: SystemSettings },
): Promise<Invoice | null> {
  return db.transaction(async (tx) => {
    const [sub] = await tx
      .select()
      .from(tenantSubscriptions)
      .where(
        and(
          eq(tenantSubscriptions.id, options.subscriptionId),
          isNull(tenantSubscriptions.endedAt),
          lte(tenantSubscriptions.currentPeriodEnd, options.now),
        ),
      )
      .for('update');
    if (!sub || sub.status === 'CANCELED') return null;
    const [plan] = await tx.select().from(subscriptionPlans).where(eq(subscriptionPlans.id, sub.planId));
    if (!plan) return null;
    const endedStart = sub.currentPeriodStart;
    const boundary = sub.currentPeriodEnd;
    const wasTrial = sub.status === 'TRIALING';
    const overage = wasTrial
      ? []
      : overageLines(
          plan.limits,
          plan.overagePrices,
          await peakUsage(tx, sub.tenantId, endedStart, boundary),
        );

    if (sub.cancelAtPeriodEnd) {
      await tx
        .update(tenantSubscriptions)
        .set({ status: 'CANCELED', cancelAtPeriodEnd: false })
        .where(eq(tenantSubscriptions.id, sub.id));
      if (overage.length === 0) return null;
      return issueInvoice(tx, {
        tenantId: sub.tenantId,
        currency: plan.currency,
        periodStart: endedStart,
        periodEnd: boundary,
        lines: overage,
        billingKey: `final:${sub.tenantId}:${boundary.toISOString()}`,
        at: options.now,
        settings: options.settings,
      });
    }

    let nextPlan = plan;
    if (sub.pendingPlanId) {
      const [pending] = await tx
        .select()
        .from(subscriptionPlans)
        .where(eq(subscriptionPlans.id, sub.pendingPlanId));
      if (pending) nextPlan = pending;
    }
    const nextEnd = addInterval(boundary, nextPlan.interval);
    const status = wasTrial ? 'ACTIVE' : sub.status;
    if (nextPlan.id !== plan.id) {
      // The downgrade takes effect at the boundary: a new history row, as for any plan change.
      await tx
        .update(tenantSubscriptions)
        .set({ endedAt: boundary })
        .where(eq(tenantSubscriptions.id, sub.id));
      await tx.insert(tenantSubscriptions).values({
        tenantId: sub.tenantId,
        planId: nextPlan.id,
        status,
        startedAt: boundary,
        currentPeriodStart: boundary,
        currentPeriodEnd: nextEnd,
        changedBy: sub.changedBy,
      });
    } else {
      await tx
        .update(tenantSubscriptions)
        .set({ status, currentPeriodStart: boundary, currentPeriodEnd: nextEnd })
        .where(eq(tenantSubscriptions.id, sub.id));
    }

    const waiting = await tx
      .select()
      .from(billingAdjustments)
      .where(and(eq(billingAdjustments.tenantId, sub.tenantId), isNull(billingAdjustments.invoiceId)))
      .for('update');
    const lines: DraftLine[] = [
      lineOf(
        'plan',
        `${nextPlan.name} plan, ${isoDate(boundary)} to ${isoDate(nextEnd)}`,
        nextPlan.priceMinor,
      ),
      ...waiting.map((a) => lineOf('proration', a.description, a.amountMinor)),
      ...overage,
    ].filter((line) => line.amountMinor !== 0 || line.kind === 'plan');
    if (lines.every((line) => line.amountMinor === 0)) return null;
    const invoice = await issueInvoice(tx, {
      tenantId: sub.tenantId,
      currency: nextPlan.currency,
      periodStart: boundary,
      periodEnd: nextEnd,
      lines,
      billingKey: `period:${sub.tenantId}:${boundary.toISOString()}`,
      at: options.now,
      settings: options.settings,
      adjustmentIds: waiting.map((a) => a.id),
    });
    return invoice;
  });
}
