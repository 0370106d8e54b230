import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import {
  invoiceLines,
  invoices,
  tenantBillingProfiles,
  type BillingProfileSnapshot,
  type Invoice,
} from '@/server/owner/db/schema';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
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
};

/**
 * Issues one invoice inside the caller's transaction: billing profile snapshot, tax at the operator's current
 * rate, a gapless number, due date from the payment terms. An invoice whose total is not positive (credits
 * outweigh charges) is issued already paid.
 */
export async function issueInvoice(tx: OwnerTx, options: IssueInvoiceOptions): Promise<Invoice> {
  const settings = await readSystemSettings(tx);
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
  const number = await nextInvoiceNumber(tx, options.at.getUTCFullYear());
  const [invoice] = await tx
    .insert(invoices)
    .values({
      number,
      tenantId: options.tenantId,
      status: settled ? 'paid' : 'open',
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
    .returning();
  if (options.lines.length > 0)
    await tx
      .insert(invoiceLines)
      .values(options.lines.map((line, index) => ({ ...line, invoiceId: invoice!.id, position: index + 1 })));
  return invoice!;
}
