import { ownerRoute } from '@/server/owner/auth/owner-route';
import { invoiceIdParams } from '@/server/owner/billing/invoice.schema';
import { renderInvoicePdf } from '@/server/owner/billing/render-invoice-pdf';
import { pdfResponse } from '@/server/shared/http/pdf-response';

// GET /api/owner/invoices/:id/pdf — OWNER, SUPPORT: the invoice as a PDF
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/invoices/{id}/pdf',
    summary: 'The invoice as a PDF (application/pdf)',
    tags: ['Owner: billing'],
    params: invoiceIdParams,
    raw: { contentType: 'application/pdf', description: 'The invoice as a PDF' },
  },
  async ({ db, params }) => pdfResponse(await renderInvoicePdf(db, params.id)),
);
