import { ownerRoute } from '@/server/owner/auth/owner-route';
import { getInvoice } from '@/server/owner/billing/get-invoice';
import { invoiceDetailSchema, invoiceIdParams } from '@/server/owner/billing/invoice.schema';

// GET /api/owner/invoices/:id — OWNER, SUPPORT: one invoice with its lines, payments and balance
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/invoices/{id}',
    summary: 'One invoice with its lines, payments and balance',
    tags: ['Owner: billing'],
    params: invoiceIdParams,
    response: invoiceDetailSchema,
  },
  async ({ db, params }) => {
    const { tenant: _tenant, ...invoice } = await getInvoice(db, { invoiceId: params.id });
    return invoice;
  },
);
