import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { invoices, subscriptionPlans, tenants, tenantSubscriptions } from '@/server/owner/db/schema';
import { getBillingProfile, updateBillingProfile } from '@/server/owner/billing/billing-profile';
import { balanceOf, toInvoiceView } from '@/server/owner/billing/get-invoice';
import type { BillingProfileBody } from '@/server/owner/billing/invoice.schema';
import { renderInvoicePdf } from '@/server/owner/billing/render-invoice-pdf';
import { DAY_MS, now } from '@/server/shared/clock';

/**
 * A clinic's view of its own billing, kept in the owner database and reached from clinic routes only through
 * here. Every query is scoped by the tenant id resolved from the Host: another clinic's invoice is a 404.
 */
export async function listClinicInvoices(tenantId: string) {
  const rows = await ownerDb
    .select({ invoice: invoices, tenant: { slug: tenants.slug, name: tenants.name } })
    .from(invoices)
    .innerJoin(tenants, eq(tenants.id, invoices.tenantId))
    .where(
      and(
        eq(invoices.tenantId, tenantId),
        inArray(invoices.status, ['open', 'paid', 'void', 'uncollectible']),
      ),
    )
    .orderBy(desc(invoices.issuedAt))
    .limit(200);
  return rows.map((r) => toInvoiceView(r.invoice, r.tenant));
}

export function clinicInvoicePdf(tenantId: string, invoiceId: string) {
  return renderInvoicePdf(ownerDb, invoiceId, { tenantId });
}

export const getClinicBillingProfile = (tenantId: string) => getBillingProfile(ownerDb, tenantId);
export const updateClinicBillingProfile = (tenantId: string, input: BillingProfileBody) =>
  updateBillingProfile(ownerDb, tenantId, input);

export type ClinicBillingSummary = Awaited<ReturnType<typeof clinicBillingSummary>>;

/** Plan, period, trial days left, balance due and overdue invoices: the Plan & billing page and the admin banner. */
export async function clinicBillingSummary(tenantId: string) {
  const at = now();
  const [[sub], open] = await Promise.all([
    ownerDb
      .select({ sub: tenantSubscriptions, plan: subscriptionPlans })
      .from(tenantSubscriptions)
      .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, tenantSubscriptions.planId))
      .where(and(eq(tenantSubscriptions.tenantId, tenantId), isNull(tenantSubscriptions.endedAt))),
    ownerDb
      .select()
      .from(invoices)
      .where(and(eq(invoices.tenantId, tenantId), eq(invoices.status, 'open'))),
  ]);
  const overdue = open.filter((i) => i.dueAt && i.dueAt.getTime() < at.getTime());
  const trialDaysLeft =
    sub?.sub.status === 'TRIALING' && sub.sub.trialEndsAt
      ? Math.max(0, Math.ceil((sub.sub.trialEndsAt.getTime() - at.getTime()) / DAY_MS))
      : null;
  return {
    subscription: sub
      ? {
          planCode: sub.plan.code,
          planName: sub.plan.name,
          priceMinor: sub.plan.priceMinor,
          currency: sub.plan.currency,
          interval: sub.plan.interval,
          status: sub.sub.status,
          currentPeriodStart: sub.sub.currentPeriodStart.toISOString(),
          currentPeriodEnd: sub.sub.currentPeriodEnd.toISOString(),
          trialEndsAt: sub.sub.trialEndsAt?.toISOString() ?? null,
          trialDaysLeft,
          cancelAtPeriodEnd: sub.sub.cancelAtPeriodEnd,
        }
      : null,
    balanceDueMinor: open.reduce((sum, i) => sum + balanceOf(i), 0),
    currency: sub?.plan.currency ?? open[0]?.currency ?? 'USD',
    overdueInvoices: overdue.map((i) => ({
      id: i.id,
      number: i.number,
      dueAt: i.dueAt!.toISOString(),
      balanceMinor: balanceOf(i),
    })),
  };
}
