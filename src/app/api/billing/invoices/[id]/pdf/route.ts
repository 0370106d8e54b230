import { invoiceIdParams } from '@/server/owner/billing/invoice.schema';
import { readParams } from '@/server/shared/http/request';
import { pdfResponse } from '@/server/shared/http/pdf-response';
import { clinicInvoicePdf } from '@/server/tenancy/owner-gateway/clinic-billing';
import { withTenant } from '@/server/tenant/auth/with-tenant';

type Params = { id: string };

// GET /api/billing/invoices/:id/pdf — ADMIN: one of this clinic's invoices as a PDF (another clinic's: 404)
export const GET = withTenant<Params>(
  async ({ tenant, params }) =>
    pdfResponse(await clinicInvoicePdf(tenant.id, readParams(params, invoiceIdParams).id)),
  { permission: 'billing:read' },
);
