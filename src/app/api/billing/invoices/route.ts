import { listClinicInvoices } from '@/server/tenancy/owner-gateway/clinic-billing';
import { withTenant } from '@/server/tenant/auth/with-tenant';

// GET /api/billing/invoices — ADMIN: this clinic's issued invoices, newest first
export const GET = withTenant(async ({ tenant }) => listClinicInvoices(tenant.id), {
  permission: 'billing:read',
});
