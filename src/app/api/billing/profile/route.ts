import { billingProfileBody, billingProfileSchema } from '@/server/tenancy/owner-gateway/clinic-billing';
import {
  getClinicBillingProfile,
  updateClinicBillingProfile,
} from '@/server/tenancy/owner-gateway/clinic-billing';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

const tags = ['Billing'];

// GET /api/billing/profile — ADMIN: who this clinic's invoices are made out to
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/billing/profile',
    summary: 'Who invoices are made out to: legal name, address, tax id, billing e-mail',
    tags,
    permission: 'billing:read',
    response: billingProfileSchema,
  },
  async ({ tenant }) => getClinicBillingProfile(tenant.id),
);

// PUT /api/billing/profile — ADMIN: edit legal name, address, tax id, billing e-mail (copied into later invoices)
export const PUT = tenantRoute(
  {
    method: 'put',
    path: '/api/billing/profile',
    summary: 'Edit the billing profile (fields left out keep their value; later invoices copy it)',
    tags,
    permission: 'billing:manage',
    body: billingProfileBody,
    response: billingProfileSchema,
  },
  async ({ tenant, body }) => updateClinicBillingProfile(tenant.id, body),
);
