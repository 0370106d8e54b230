import { invoiceIdParams } from '@/server/tenancy/owner-gateway/clinic-billing';
import { pdfResponse } from '@/server/shared/http/pdf-response';
import { clinicInvoicePdf } from '@/server/tenancy/owner-gateway/clinic-billing';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// GET /api/billing/invoices/:id/pdf — ADMIN: one of this clinic's invoices as a PDF (another clinic's: 404)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/billing/invoices/{id}/pdf',
    summary: 'One of this clinic’s invoices as a PDF (404 for any other)',
    tags: ['Billing'],
    permission: 'billing:read',
    params: invoiceIdParams,
    raw: { contentType: 'application/pdf', description: 'The invoice as a PDF.' },
    errors: ['NOT_FOUND'],
  },
  async ({ tenant, params }) => pdfResponse(await clinicInvoicePdf(tenant.id, params.id)),
);
