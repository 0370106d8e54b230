import { and, eq, isNull } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { invoices, payments, subscriptionPlans, tenantSubscriptions } from '@/server/owner/db/schema';
import { DAY_MS } from '@/server/shared/clock';
import { updateBillingProfile } from './billing-profile';
import { lineOf } from './invoice-lines';
import { issueInvoice } from './issue-invoice';
import { addInterval, isoDate } from './periods';

/**
 * A demo clinic's billing history: a billing profile, six monthly invoices (the older ones paid, the last one
 * open and not yet due) and the current period around today, so the owner console shows MRR, invoices and a
 * chart at once. Idempotent: a clinic that has invoices already is left alone. Returns how many were issued.
 */
export async function seedDemoBilling(
  db: OwnerDb,
  options: { tenantId: string; legalName: string; slug: string; at: Date },
): Promise<number> {
  if ((await db.$count(invoices, eq(invoices.tenantId, options.tenantId))) > 0) return 0;
  await updateBillingProfile(db, options.tenantId, {
    legalName: options.legalName,
    address: '12 Demo Street\nSpringfield',
    taxId: `DEMO-${options.slug.toUpperCase()}`,
    billingEmail: `billing@${options.slug}.example`,
  });
  const [current] = await db
    .select({ sub: tenantSubscriptions, plan: subscriptionPlans })
    .from(tenantSubscriptions)
    .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
    .where(and(eq(tenantSubscriptions.tenantId, options.tenantId), isNull(tenantSubscriptions.endedAt)));
  if (!current) return 0;
  const plan = current.plan;
  // The current period began ten days ago; the history is the six periods before it... and this one.
  const currentStart = new Date(options.at.getTime() - 10 * DAY_MS);
  await db
    .update(tenantSubscriptions)
    .set({
      status: 'ACTIVE',
      currentPeriodStart: currentStart,
      currentPeriodEnd: addInterval(currentStart, 'MONTH'),
    })
    .where(eq(tenantSubscriptions.id, current.sub.id));
  let issued = 0;
  for (let back = 5; back >= 0; back--) {
    const start = addInterval(currentStart, 'MONTH', -back);
    const end = addInterval(start, 'MONTH');
    await db.transaction(async (tx) => {
      const invoice = await issueInvoice(tx, {
        tenantId: options.tenantId,
        currency: plan.currency,
        periodStart: start,
        periodEnd: end,
        lines: [lineOf('plan', `${plan.name} plan, ${isoDate(start)} to ${isoDate(end)}`, plan.priceMinor)],
        billingKey: `period:${options.tenantId}:${start.toISOString()}`,
        at: start,
      });
      if (back > 0 && invoice.status === 'open') {
        const paidAt = new Date(start.getTime() + 6 * DAY_MS);
        await tx.insert(payments).values({
          invoiceId: invoice.id,
          tenantId: options.tenantId,
          amountMinor: invoice.totalMinor,
          currency: invoice.currency,
          method: 'bank_transfer',
          reference: `DEMO-${invoice.number}`,
          paidAt,
        });
        await tx
          .update(invoices)
          .set({ status: 'paid', amountPaidMinor: invoice.totalMinor, paidAt })
          .where(eq(invoices.id, invoice.id));
      }
    });
    issued++;
  }
  return issued;
}
