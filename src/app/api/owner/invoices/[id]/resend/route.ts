import { withOwner } from '@/server/owner/auth/with-owner';
import { invoiceIdParams } from '@/server/owner/billing/invoice.schema';
import { resendInvoice } from '@/server/owner/billing/resend-invoice';
import { readParams } from '@/server/shared/http/request';

type Params = { id: string };

// POST /api/owner/invoices/:id/resend — OWNER: mail the invoice PDF to the clinic's billing e-mail again
export const POST = withOwner<Params>(async ({ db, params, user, meta }) => {
  const { id } = readParams(params, invoiceIdParams);
  return resendInvoice(db, { invoiceId: id, context: { actor: user, meta } });
});
