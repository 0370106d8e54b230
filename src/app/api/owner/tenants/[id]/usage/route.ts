import { ownerRoute } from '@/server/owner/auth/owner-route';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { getTenantUsage } from '@/server/owner/usage/get-tenant-usage';
import { tenantUsageSchema } from '@/server/owner/usage/usage.schema';

// GET /api/owner/tenants/:id/usage — OWNER, SUPPORT: users, practices, patients, storage now, plus monthly history
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/usage',
    summary: "A tenant's usage measured now (users, practices, patients, storage) and per month",
    tags: ['Owner: usage'],
    params: tenantIdParams,
    response: tenantUsageSchema,
  },
  async ({ db, params }) => getTenantUsage(db, { tenantId: params.id }),
);
