import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { invoices, payments } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { now } from '@/server/shared/clock';
import { AppError, conflict, notFound } from '@/server/shared/errors';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { balanceOf, getInvoice, type InvoiceDetail } from './get-invoice';
import { formatMoney } from './money';
import { reactivateIfSettled } from './reactivate-if-settled';
import type { RecordPaymentBody } from './invoice.schema';

/**
 * Records a payment against an open invoice. A partial payment leaves a balance; the one that settles it marks
 * the invoice paid and, in the same transaction, reactivates a clinic suspended for non-payment. Paying a void or
 * paid invoice is refused, and so is more than the balance unless `asCredit`. Nothing changes on a refusal.
 */
export async function recordPayment(
  db: OwnerDb,
  options: { invoiceId: string; input: RecordPaymentBody; context: OwnerActionContext },
): Promise<InvoiceDetail> {
  const at = now();
  const reactivated = await db.transaction(async (tx) => {
    const [invoice] = await tx
      .select()
      .from(invoices)
      .where(eq(invoices.id, options.invoiceId))
      .for('update');
    if (!invoice) throw notFound('Invoice');
    if (invoice.status === 'void') throw conflict('INVOICE_VOID', 'This invoice is void; it cannot be paid.');
    if (invoice.status === 'paid')
      throw conflict('INVOICE_ALREADY_PAID', 'This invoice is already paid in full.');
    if (invoice.status !== 'open')
      throw conflict(
        'INVALID_STATE',
        `Payments can be recorded on open invoices only; this one is ${invoice.status}.`,
      );
    const balance = balanceOf(invoice);
    const amount = options.input.amountMinor;
    if (amount > balance && !options.input.asCredit)
      throw new AppError(
        400,
        'OVERPAYMENT',
        `The balance is ${formatMoney(balance, invoice.currency)}; record at most that, or mark the payment as credit.`,
        { balanceMinor: balance },
      );
    const paidAt = options.input.paidAt ? new Date(options.input.paidAt) : at;
    await tx.insert(payments).values({
      invoiceId: invoice.id,
      tenantId: invoice.tenantId,
      amountMinor: amount,
      currency: invoice.currency,
      method: options.input.method,
      reference: options.input.reference ?? null,
      externalReference: options.input.externalReference ?? null,
      isCredit: amount > balance,
      paidAt,
      recordedBy: options.context.actor.id,
    });
    const paid = invoice.amountPaidMinor + amount;
    const settled = paid >= invoice.totalMinor;
    await tx
      .update(invoices)
      .set({ amountPaidMinor: paid, ...(settled ? { status: 'paid' as const, paidAt } : {}) })
      .where(eq(invoices.id, invoice.id));
    await auditAction(tx, options.context, {
      action: 'invoice.payment',
      targetType: 'invoice',
      targetId: invoice.id,
      details: { number: invoice.number, amountMinor: amount, method: options.input.method, settled },
    });
    return settled
      ? reactivateIfSettled(tx, { tenantId: invoice.tenantId, now: at, actor: options.context.actor })
      : false;
  });
  // Every process drops its routing cache through the NOTIFY trigger; this one at once.
  if (reactivated) invalidateTenantCache();
  return getInvoice(db, { invoiceId: options.invoiceId });
}
