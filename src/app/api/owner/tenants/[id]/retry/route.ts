import { ownerRoute } from '@/server/owner/auth/owner-route';
import { retryTenant } from '@/server/owner/tenants/retry-tenant';
import { tenantDetailSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';

// POST /api/owner/tenants/:id/retry — OWNER: provision a FAILED tenant again
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/retry',
    summary: 'Provision a FAILED tenant again',
    tags: ['Owner: tenants'],
    params: tenantIdParams,
    response: tenantDetailSchema,
    // Provisioning refusals vary (state, already running, a database or role that exists): any 409.
    errors: ['INVALID_STATE', 'PROVISIONING_IN_PROGRESS', 409, 'PROVISIONING_FAILED'],
  },
  async ({ db, params, user, meta }) =>
    retryTenant(db, { tenantId: params.id, context: { actor: user, meta } }),
);
