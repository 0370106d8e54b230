import { ownerRoute } from '@/server/owner/auth/owner-route';
import { deleteTenant } from '@/server/owner/tenants/delete-tenant';
import { deleteTenantBody } from '@/server/owner/tenants/create-tenant.schema';
import { getTenant } from '@/server/owner/tenants/get-tenant';
import { tenantDetailSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { updateTenant } from '@/server/owner/tenants/update-tenant';
import { updateTenantBody } from '@/server/owner/tenants/update-tenant.schema';

const TAG = 'Owner: tenants';

// GET /api/owner/tenants/:id — OWNER, SUPPORT: one tenant with domains, plan and last usage (DELETED ones too)
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}',
    summary: 'One tenant with its domains, plan and last collected usage',
    tags: [TAG],
    params: tenantIdParams,
    response: tenantDetailSchema,
  },
  async ({ db, params }) => getTenant(db, { tenantId: params.id }),
);

// PATCH /api/owner/tenants/:id — OWNER: rename and/or change branding
export const PATCH = ownerRoute(
  {
    method: 'patch',
    path: '/api/owner/tenants/{id}',
    summary: "Change a tenant's name or branding",
    tags: [TAG],
    params: tenantIdParams,
    body: updateTenantBody,
    response: tenantDetailSchema,
  },
  async ({ db, params, body, user, meta }) =>
    updateTenant(db, { tenantId: params.id, input: body, context: { actor: user, meta } }),
);

// DELETE /api/owner/tenants/:id — OWNER, body { confirm: <slug>, confirmWithoutBackup? }: final backup, drop database and role, archive files, keep row as DELETED
export const DELETE = ownerRoute(
  {
    method: 'delete',
    path: '/api/owner/tenants/{id}',
    summary:
      'Delete a tenant (typed slug confirmation): database and role dropped, files archived, row kept as DELETED',
    tags: [TAG],
    params: tenantIdParams,
    body: deleteTenantBody,
    response: tenantDetailSchema,
    errors: ['INVALID_STATE', 'PRE_DELETE_BACKUP_FAILED', 'BACKUP_IN_PROGRESS'],
  },
  async ({ db, params, body, user, meta }) =>
    deleteTenant(db, { tenantId: params.id, ...body, context: { actor: user, meta } }),
);
