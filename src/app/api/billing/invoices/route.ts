import { z } from 'zod';
import { invoiceSchema } from '@/server/tenancy/owner-gateway/clinic-billing';
import { listClinicInvoices } from '@/server/tenancy/owner-gateway/clinic-billing';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// GET /api/billing/invoices — ADMIN: this clinic's issued invoices, newest first
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/billing/invoices',
    summary: "This clinic's invoices, newest first",
    tags: ['Billing'],
    permission: 'billing:read',
    response: z.array(invoiceSchema),
  },
  async ({ tenant }) => listClinicInvoices(tenant.id),
);
