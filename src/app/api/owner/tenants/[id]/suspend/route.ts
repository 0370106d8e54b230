import { ownerRoute } from '@/server/owner/auth/owner-route';
import { suspendTenant } from '@/server/owner/tenants/suspend-tenant';
import { tenantDetailSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';

// POST /api/owner/tenants/:id/suspend — OWNER: stop serving an ACTIVE tenant (hosts answer 403 within 2 s)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/suspend',
    summary: 'Suspend an ACTIVE tenant: its hosts answer 403 TENANT_SUSPENDED within 2 s',
    tags: ['Owner: tenants'],
    params: tenantIdParams,
    response: tenantDetailSchema,
    errors: ['INVALID_STATE'],
  },
  async ({ db, params, user, meta }) =>
    suspendTenant(db, { tenantId: params.id, context: { actor: user, meta } }),
);
