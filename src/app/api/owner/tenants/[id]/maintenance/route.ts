import { ownerRoute } from '@/server/owner/auth/owner-route';
import { setTenantMaintenance } from '@/server/owner/tenants/set-tenant-maintenance';
import { setMaintenanceBody, tenantDetailSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';

// POST /api/owner/tenants/:id/maintenance — OWNER: turn maintenance mode on (with a message) or off (audited)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/maintenance',
    summary:
      "Turn a clinic's maintenance mode on (its hosts answer 503 TENANT_MAINTENANCE with the message) or off",
    tags: ['Owner: tenants'],
    params: tenantIdParams,
    body: setMaintenanceBody,
    response: tenantDetailSchema,
    errors: ['MAINTENANCE_IN_PROGRESS'],
  },
  async ({ db, params, body, user, meta }) =>
    setTenantMaintenance(db, { tenantId: params.id, ...body, context: { actor: user, meta } }),
);
