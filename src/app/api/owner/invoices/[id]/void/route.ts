import { ownerRoute } from '@/server/owner/auth/owner-route';
import { invoiceDetailSchema, invoiceIdParams, voidInvoiceBody } from '@/server/owner/billing/invoice.schema';
import { voidInvoice } from '@/server/owner/billing/void-invoice';

// POST /api/owner/invoices/:id/void — OWNER: void an unpaid invoice (its number stays used)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/invoices/{id}/void',
    summary: 'Void an unpaid invoice (409 INVOICE_PAID for a paid one); its number stays used',
    tags: ['Owner: billing'],
    params: invoiceIdParams,
    body: voidInvoiceBody,
    optionalBody: true,
    response: invoiceDetailSchema,
    errors: ['INVOICE_PAID', 'INVOICE_VOID', 'INVOICE_HAS_PAYMENTS'],
  },
  async ({ db, params, body, user, meta }) => {
    const { tenant: _tenant, ...invoice } = await voidInvoice(db, {
      invoiceId: params.id,
      reason: body.reason,
      context: { actor: user, meta },
    });
    return invoice;
  },
);
