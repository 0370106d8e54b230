import { billingProfileBody } from '@/server/owner/billing/invoice.schema';
import { readJson } from '@/server/shared/http/request';
import {
  getClinicBillingProfile,
  updateClinicBillingProfile,
} from '@/server/tenancy/owner-gateway/clinic-billing';
import { withTenant } from '@/server/tenant/auth/with-tenant';

// GET /api/billing/profile — ADMIN: who this clinic's invoices are made out to
export const GET = withTenant(async ({ tenant }) => getClinicBillingProfile(tenant.id), {
  permission: 'billing:read',
});

// PUT /api/billing/profile — ADMIN: edit legal name, address, tax id, billing e-mail (copied into later invoices)
export const PUT = withTenant(
  async ({ req, tenant }) => updateClinicBillingProfile(tenant.id, await readJson(req, billingProfileBody)),
  { permission: 'billing:manage' },
);
