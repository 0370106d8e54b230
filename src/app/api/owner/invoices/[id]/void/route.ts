import { withOwner } from '@/server/owner/auth/with-owner';
import { invoiceIdParams, voidInvoiceBody } from '@/server/owner/billing/invoice.schema';
import { voidInvoice } from '@/server/owner/billing/void-invoice';
import { readParams } from '@/server/shared/http/request';
import { readJsonOrEmpty } from '@/server/shared/http/read-json-or-empty';

type Params = { id: string };

// POST /api/owner/invoices/:id/void — OWNER: void an unpaid invoice (its number stays used)
export const POST = withOwner<Params>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, invoiceIdParams);
  const body = await readJsonOrEmpty(req, voidInvoiceBody);
  const { tenant: _tenant, ...invoice } = await voidInvoice(db, {
    invoiceId: id,
    reason: body.reason,
    context: { actor: user, meta },
  });
  return invoice;
});
