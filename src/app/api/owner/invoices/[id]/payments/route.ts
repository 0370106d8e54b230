import { withOwner } from '@/server/owner/auth/with-owner';
import { getInvoice } from '@/server/owner/billing/get-invoice';
import { invoiceIdParams, recordPaymentBody } from '@/server/owner/billing/invoice.schema';
import { recordPayment } from '@/server/owner/billing/record-payment';
import { readJson, readParams } from '@/server/shared/http/request';
import { created } from '@/server/shared/http/respond';

type Params = { id: string };

// GET /api/owner/invoices/:id/payments — OWNER, SUPPORT: the payments recorded on an invoice, newest first
export const GET = withOwner<Params>(async ({ db, params }) => {
  const { id } = readParams(params, invoiceIdParams);
  return (await getInvoice(db, { invoiceId: id })).payments;
});

// POST /api/owner/invoices/:id/payments — OWNER: record a payment (partial leaves a balance; settling reactivates a clinic suspended for non-payment)
export const POST = withOwner<Params>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, invoiceIdParams);
  const input = await readJson(req, recordPaymentBody);
  const { tenant: _tenant, ...invoice } = await recordPayment(db, {
    invoiceId: id,
    input,
    context: { actor: user, meta },
  });
  return created(invoice);
});
