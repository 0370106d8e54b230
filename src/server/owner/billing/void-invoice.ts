import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { billingAdjustments, invoices } from '@/server/owner/db/schema';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { now } from '@/server/shared/clock';
import { conflict, notFound } from '@/server/shared/errors';
import { invalidateTenantCache } from '@/server/tenancy/routing/resolve-tenant';
import { getInvoice, type InvoiceDetail } from './get-invoice';
import { reactivateIfSettled } from './reactivate-if-settled';

/**
 * Voids an invoice issued in error. Its number stays used (numbers are never reused); proration it carried waits
 * for the next invoice again. A paid invoice, or one with payments, cannot be voided.
 */
export async function voidInvoice(
  db: OwnerDb,
  options: { invoiceId: string; reason?: string; context: OwnerActionContext },
): Promise<InvoiceDetail> {
  const at = now();
  const reactivated = await db.transaction(async (tx) => {
    const [invoice] = await tx
      .select()
      .from(invoices)
      .where(eq(invoices.id, options.invoiceId))
      .for('update');
    if (!invoice) throw notFound('Invoice');
    if (invoice.status === 'paid') throw conflict('INVOICE_PAID', 'A paid invoice cannot be voided.');
    if (invoice.status === 'void') throw conflict('INVOICE_VOID', 'This invoice is already void.');
    if (invoice.amountPaidMinor > 0)
      throw conflict('INVOICE_HAS_PAYMENTS', 'Payments were recorded on this invoice; it cannot be voided.');
    await tx.update(invoices).set({ status: 'void', voidedAt: at }).where(eq(invoices.id, invoice.id));
    await tx
      .update(billingAdjustments)
      .set({ invoiceId: null })
      .where(eq(billingAdjustments.invoiceId, invoice.id));
    await auditAction(tx, options.context, {
      action: 'invoice.void',
      targetType: 'invoice',
      targetId: invoice.id,
      details: { number: invoice.number, ...(options.reason ? { reason: options.reason } : {}) },
    });
    return reactivateIfSettled(tx, { tenantId: invoice.tenantId, now: at, actor: options.context.actor });
  });
  if (reactivated) invalidateTenantCache();
  return getInvoice(db, { invoiceId: options.invoiceId });
}
