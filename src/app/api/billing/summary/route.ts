import { clinicBillingSummary } from '@/server/tenancy/owner-gateway/clinic-billing';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { clinicBillingSummarySchema } from '@/server/tenant/billing/billing-summary.schema';

// GET /api/billing/summary — ADMIN: plan, current period, trial days left, balance due and overdue invoices
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/billing/summary',
    summary: 'Plan, current period, trial days left, balance due and overdue invoices',
    tags: ['Billing'],
    permission: 'billing:read',
    response: clinicBillingSummarySchema,
  },
  async ({ tenant }) => clinicBillingSummary(tenant.id),
);
