import type { ApiOperation } from '@/server/shared/openapi/operation';
import { createTenantBody, deleteTenantBody } from './create-tenant.schema';
import { listTenantsQuery } from './list-tenants.schema';
import { setMaintenanceBody, tenantDetailSchema, tenantIdParams, tenantSummarySchema } from './tenant.schema';
import { moveTenantBody, moveViewSchema } from './move-tenant.schema';
import { updateTenantBody } from './update-tenant.schema';

const TAG = 'Owner: tenants';

/** The tenant operations of the owner API, for /api/openapi.json (owner host only). */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/tenants',
    summary: 'List tenants: search by name, slug or domain; filter by status and plan',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    query: listTenantsQuery,
    response: tenantSummarySchema,
    list: true,
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/owner/tenants',
    summary:
      'Create a tenant and provision it; answers once it is ACTIVE (a failure leaves it FAILED, see retry)',
    tags: [TAG],
    auth: 'OWNER',
    body: createTenantBody,
    response: tenantDetailSchema,
    successStatus: 201,
    errors: [400, 401, 403, 409, 500],
  },
  {
    method: 'get',
    path: '/api/owner/tenants/{id}',
    summary: 'One tenant with its domains, plan and last collected usage',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: tenantIdParams,
    response: tenantDetailSchema,
    errors: [401, 403, 404],
  },
  {
    method: 'patch',
    path: '/api/owner/tenants/{id}',
    summary: "Change a tenant's name or branding",
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    body: updateTenantBody,
    response: tenantDetailSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/owner/tenants/{id}',
    summary:
      'Delete a tenant (typed slug confirmation): database and role dropped, files archived, row kept as DELETED',
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    body: deleteTenantBody,
    response: tenantDetailSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/retry',
    summary: 'Provision a FAILED tenant again',
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    response: tenantDetailSchema,
    errors: [401, 403, 404, 409, 500],
  },
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/suspend',
    summary: 'Suspend an ACTIVE tenant: its hosts answer 403 TENANT_SUSPENDED within 2 s',
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    response: tenantDetailSchema,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/activate',
    summary: 'Serve a SUSPENDED tenant again',
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    response: tenantDetailSchema,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/maintenance',
    summary:
      "Turn a clinic's maintenance mode on (its hosts answer 503 TENANT_MAINTENANCE with the message) or off",
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    body: setMaintenanceBody,
    response: tenantDetailSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/move',
    summary:
      "Move a clinic's database to another server (a job: maintenance, pg_dump | pg_restore, verify, switch); 202 with the move",
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    body: moveTenantBody,
    response: moveViewSchema,
    successStatus: 202,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/move',
    summary: "The clinic's latest move: status, step, unavailable time",
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: tenantIdParams,
    response: moveViewSchema,
    errors: [401, 403, 404],
  },
];
