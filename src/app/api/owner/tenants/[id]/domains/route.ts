import { ownerRoute } from '@/server/owner/auth/owner-route';
import { addTenantDomain } from '@/server/owner/domains/add-domain';
import { addDomainBody } from '@/server/owner/domains/domain.schema';
import { tenantDomainSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';

// POST /api/owner/tenants/:id/domains — OWNER: add a custom domain (409 when another tenant has it)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/domains',
    summary:
      'Add a custom domain to a tenant (one domain belongs to one tenant; 403 PLAN_FEATURE_UNAVAILABLE when its plan lacks custom-domain)',
    tags: ['Owner: domains'],
    params: tenantIdParams,
    body: addDomainBody,
    response: tenantDomainSchema,
    status: 201,
    errors: ['PLAN_FEATURE_UNAVAILABLE', 'DOMAIN_TAKEN'],
  },
  async ({ db, params, body, user, meta }) =>
    addTenantDomain(db, { tenantId: params.id, input: body, context: { actor: user, meta } }),
);
