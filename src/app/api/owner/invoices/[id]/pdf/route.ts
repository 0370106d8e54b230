import { withOwner } from '@/server/owner/auth/with-owner';
import { invoiceIdParams } from '@/server/owner/billing/invoice.schema';
import { renderInvoicePdf } from '@/server/owner/billing/render-invoice-pdf';
import { readParams } from '@/server/shared/http/request';
import { pdfResponse } from '@/server/shared/http/pdf-response';

type Params = { id: string };

// GET /api/owner/invoices/:id/pdf — OWNER, SUPPORT: the invoice as a PDF
export const GET = withOwner<Params>(async ({ db, params }) => {
  const { id } = readParams(params, invoiceIdParams);
  return pdfResponse(await renderInvoicePdf(db, id));
});
