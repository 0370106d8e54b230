// GET /api/plan — ADMIN: the clinic's plan and its usage against each limit
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getPlanUsage } from '@/server/tenant/plan-limits/get-plan-usage';

export const GET = withTenant(async ({ db, tenant }) => getPlanUsage(db, { tenantId: tenant.id }), {
  permission: 'plan:read',
});
