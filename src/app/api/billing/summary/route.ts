import { clinicBillingSummary } from '@/server/tenancy/owner-gateway/clinic-billing';
import { withTenant } from '@/server/tenant/auth/with-tenant';

// GET /api/billing/summary — ADMIN: plan, current period, trial days left, balance due and overdue invoices
export const GET = withTenant(async ({ tenant }) => clinicBillingSummary(tenant.id), {
  permission: 'billing:read',
});
