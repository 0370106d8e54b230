import { ownerRoute } from '@/server/owner/auth/owner-route';
import { createTenant } from '@/server/owner/tenants/create-tenant';
import { createTenantBody } from '@/server/owner/tenants/create-tenant.schema';
import { listTenants } from '@/server/owner/tenants/list-tenants';
import { listTenantsQuery } from '@/server/owner/tenants/list-tenants.schema';
import { tenantDetailSchema, tenantSummarySchema } from '@/server/owner/tenants/tenant.schema';

const TAG = 'Owner: tenants';

// GET /api/owner/tenants — OWNER, SUPPORT: search (q), filter (status, plan), cursor pagination
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants',
    summary: 'List tenants: search by name, slug or domain; filter by status and plan',
    tags: [TAG],
    query: listTenantsQuery,
    response: tenantSummarySchema,
    list: true,
    errors: ['INVALID_CURSOR'],
  },
  async ({ db, query }) => listTenants(db, query),
);

// POST /api/owner/tenants — OWNER: create and provision a tenant; 201 once it is ACTIVE
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants',
    summary:
      'Create a tenant and provision it; answers once it is ACTIVE (a failure leaves it FAILED, see retry)',
    tags: [TAG],
    body: createTenantBody,
    response: tenantDetailSchema,
    status: 201,
    // Provisioning refusals vary (slug, domain, a database or role that exists): any 409; a failure is 500.
    errors: ['SLUG_TAKEN', 'DOMAIN_TAKEN', 'PLAN_FEATURE_UNAVAILABLE', 409, 'PROVISIONING_FAILED'],
  },
  async ({ db, body, user, meta }) => createTenant(db, { input: body, context: { actor: user, meta } }),
);
