import { withOwner } from '@/server/owner/auth/with-owner';
import { getInvoice } from '@/server/owner/billing/get-invoice';
import { invoiceIdParams } from '@/server/owner/billing/invoice.schema';
import { readParams } from '@/server/shared/http/request';

type Params = { id: string };

// GET /api/owner/invoices/:id — OWNER, SUPPORT: one invoice with its lines, payments and balance
export const GET = withOwner<Params>(async ({ db, params }) => {
  const { id } = readParams(params, invoiceIdParams);
  const { tenant: _tenant, ...invoice } = await getInvoice(db, { invoiceId: id });
  return invoice;
});
