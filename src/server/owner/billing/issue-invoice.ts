import { eq, inArray } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import {
  billingAdjustments,
  invoiceLines,
  invoices,
  tenantBillingProfiles,
  type BillingProfileSnapshot,
  type Invoice,
} from '@/server/owner/db/schema';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import type { SystemSettings } from '@/server/owner/settings/settings.schema';
import { DAY_MS } from '@/server/shared/clock';
import type { DraftLine } from './invoice-lines';
import { nextInvoiceNumber } from './invoice-number';
import { percentToBp, taxOn } from './money';

export type OwnerTx = Parameters<Parameters<OwnerDb['transaction']>[0]>[0];

export type IssueInvoiceOptions = {
  tenantId: string;
  currency: string;
  periodStart: Date;
  periodEnd: Date;
  lines: DraftLine[];
  /** Idempotency key; a second issue with the same key fails on the unique index (the caller's rerun guard). */
  billingKey?: string;
  at: Date;
  /** The operator's settings, when the caller (a billing run) has read them once already. */
  settings?: SystemSettings;
  /** Waiting proration billed by this invoice: marked billed in the same transaction. */
  adjustmentIds?: string[];
};

/**
 * Issues one invoice inside the caller's transaction: billing profile snapshot, tax at the operator's current
 * rate, a gapless number, due date from the payment terms. An invoice whose total is not positive (credits
 * outweigh charges) is issued already paid.
 */
export async function issueInvoice(tx: OwnerTx, options: IssueInvoiceOptions): Promise<Invoice> {
  const settings = options.settings ?? (await readSystemSettings(tx));
  const [profile] = await tx
    .select()
    .from(tenantBillingProfiles)
    .where(eq(tenantBillingProfiles.tenantId, options.tenantId));
  const snapshot: BillingProfileSnapshot = {
    legalName: profile?.legalName ?? null,
    address: profile?.address ?? null,
    taxId: profile?.taxId ?? null,
    billingEmail: profile?.billingEmail ?? null,
  };
  const subtotal = options.lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const taxRateBp = percentToBp(settings.taxRatePercent);
  const tax = taxOn(subtotal, taxRateBp);
  const total = subtotal + tax;
  const settled = total <= 0;
  const [draft] = await tx
    .insert(invoices)
    .values({
      tenantId: options.tenantId,
      status: 'draft',
      currency: options.currency,
      periodStart: options.periodStart,
      periodEnd: options.periodEnd,
      billingKey: options.billingKey ?? null,
      billingProfile: snapshot,
      subtotalMinor: subtotal,
      taxRateBp,
      taxMinor: tax,
      totalMinor: total,
      issuedAt: options.at,
      dueAt: new Date(options.at.getTime() + settings.paymentTermsDays * DAY_MS),
      paidAt: settled ? options.at : null,
    })
    .returning({ id: invoices.id });
  if (options.lines.length > 0)
    await tx
      .insert(invoiceLines)
      .values(options.lines.map((line, index) => ({ ...line, invoiceId: draft!.id, position: index + 1 })));
  if (options.adjustmentIds?.length)
    await tx
      .update(billingAdjustments)
      .set({ invoiceId: draft!.id })
      .where(inArray(billingAdjustments.id, options.adjustmentIds));
  // The number last: the counter row stays locked only for this statement and the commit after it, so
  // concurrent issues serialize on as little as possible.
  const number = await nextInvoiceNumber(tx, options.at.getUTCFullYear());
  const [invoice] = await tx
    .update(invoices)
    .set({ number, status: settled ? 'paid' : 'open' })
    .where(eq(invoices.id, draft!.id))
    .returning();
  return invoice!;
}
