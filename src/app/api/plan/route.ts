import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getPlanUsage } from '@/server/tenant/plan-limits/get-plan-usage';
import { planUsageSchema } from '@/server/tenant/plan-limits/plan-usage.schema';

// GET /api/plan — ADMIN: the clinic's plan and its usage against each limit
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/plan',
    summary: "The clinic's plan and its usage against each limit (users, practices, patients, storage)",
    tags: ['Plan'],
    permission: 'plan:read',
    response: planUsageSchema,
  },
  async ({ db, tenant }) => getPlanUsage(db, { tenantId: tenant.id }),
);
