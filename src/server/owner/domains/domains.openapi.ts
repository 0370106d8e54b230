import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import { tenantDomainSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { addDomainBody, domainParams, updateDomainBody } from './domain.schema';

const TAG = 'Owner: domains';

/** The custom-domain operations of the owner API. */
export const operations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/domains',
    summary:
      'Add a custom domain to a tenant (one domain belongs to one tenant; 403 PLAN_FEATURE_UNAVAILABLE when its plan lacks custom-domain)',
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    body: addDomainBody,
    response: tenantDomainSchema,
    successStatus: 201,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'patch',
    path: '/api/owner/tenants/{id}/domains/{domain}',
    summary: "Make a domain the tenant's primary (the previous primary stays mapped)",
    tags: [TAG],
    auth: 'OWNER',
    params: domainParams,
    body: updateDomainBody,
    response: tenantDomainSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/owner/tenants/{id}/domains/{domain}',
    summary: 'Remove a custom domain (the oldest remaining one becomes primary)',
    tags: [TAG],
    auth: 'OWNER',
    params: domainParams,
    response: z.object({ domain: z.string(), removed: z.literal(true), newPrimary: z.string().nullable() }),
    errors: [401, 403, 404],
  },
];
