import { ownerRoute } from '@/server/owner/auth/owner-route';
import { activateTenant } from '@/server/owner/tenants/activate-tenant';
import { tenantDetailSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';

// POST /api/owner/tenants/:id/activate — OWNER: serve a SUSPENDED tenant again
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/activate',
    summary: 'Serve a SUSPENDED tenant again',
    tags: ['Owner: tenants'],
    params: tenantIdParams,
    response: tenantDetailSchema,
    errors: ['INVALID_STATE'],
  },
  async ({ db, params, user, meta }) =>
    activateTenant(db, { tenantId: params.id, context: { actor: user, meta } }),
);
