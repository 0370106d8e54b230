import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { invoiceIdParams } from '@/server/owner/billing/invoice.schema';
import { resendInvoice } from '@/server/owner/billing/resend-invoice';

// POST /api/owner/invoices/:id/resend — OWNER: mail the invoice PDF to the clinic's billing e-mail again
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/invoices/{id}/resend',
    summary: "Mail an open invoice (PDF attached) to the clinic's billing e-mail again",
    tags: ['Owner: billing'],
    params: invoiceIdParams,
    response: z.object({ mailId: z.uuid() }),
    errors: ['INVALID_STATE', 'NO_BILLING_EMAIL'],
  },
  async ({ db, params, user, meta }) =>
    resendInvoice(db, { invoiceId: params.id, context: { actor: user, meta } }),
);
