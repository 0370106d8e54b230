import type { OwnerDb } from '@/server/owner/db/client';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict } from '@/server/shared/errors';
import { getInvoice } from './get-invoice';
import { notifyInvoiceIssued } from './notify-invoice-issued';

/** Mails an open invoice to the clinic's billing e-mail again (409 when there is no billing e-mail or it is not open). */
export async function resendInvoice(
  db: OwnerDb,
  options: { invoiceId: string; context: OwnerActionContext },
): Promise<{ mailId: string }> {
  const invoice = await getInvoice(db, { invoiceId: options.invoiceId });
  if (invoice.status !== 'open')
    throw conflict('INVALID_STATE', `Only open invoices are sent; this one is ${invoice.status}.`);
  if (!invoice.billingProfile.billingEmail)
    throw conflict('NO_BILLING_EMAIL', 'This invoice has no billing e-mail to send it to.');
  const mailId = await notifyInvoiceIssued(db, invoice.id);
  await auditAction(db, options.context, {
    action: 'invoice.resend',
    targetType: 'invoice',
    targetId: invoice.id,
    details: { number: invoice.number },
  });
  return { mailId: mailId! };
}
