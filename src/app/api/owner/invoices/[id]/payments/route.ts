import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { getInvoice } from '@/server/owner/billing/get-invoice';
import {
  invoiceDetailSchema,
  invoiceIdParams,
  paymentSchema,
  recordPaymentBody,
} from '@/server/owner/billing/invoice.schema';
import { recordPayment } from '@/server/owner/billing/record-payment';

const TAG = 'Owner: billing';

// GET /api/owner/invoices/:id/payments — OWNER, SUPPORT: the payments recorded on an invoice, newest first
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/invoices/{id}/payments',
    summary: 'Payments recorded on an invoice',
    tags: [TAG],
    params: invoiceIdParams,
    response: z.array(paymentSchema),
  },
  async ({ db, params }) => (await getInvoice(db, { invoiceId: params.id })).payments,
);

// POST /api/owner/invoices/:id/payments — OWNER: record a payment (partial leaves a balance; settling reactivates a clinic suspended for non-payment)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/invoices/{id}/payments',
    summary:
      'Record a payment (amount in minor units, method, reference, date). Partial payments leave a balance; more than the balance needs asCredit (else 400 OVERPAYMENT); void or paid invoices 409. Settling reactivates a clinic suspended for NON_PAYMENT.',
    tags: [TAG],
    params: invoiceIdParams,
    body: recordPaymentBody,
    response: invoiceDetailSchema,
    status: 201,
    errors: ['OVERPAYMENT', 'INVOICE_VOID', 'INVOICE_ALREADY_PAID', 'INVALID_STATE'],
  },
  async ({ db, params, body, user, meta }) => {
    const { tenant: _tenant, ...invoice } = await recordPayment(db, {
      invoiceId: params.id,
      input: body,
      context: { actor: user, meta },
    });
    return invoice;
  },
);
