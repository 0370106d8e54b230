import type { ApiOperation } from '@/server/shared/openapi/operation';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { tenantUsageSchema } from './usage.schema';

/** The usage operations of the owner API. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/usage',
    summary: "A tenant's usage measured now (users, practices, patients, storage) and per month",
    tags: ['Owner: usage'],
    auth: 'OWNER, SUPPORT',
    params: tenantIdParams,
    response: tenantUsageSchema,
    errors: [401, 403, 404],
  },
];
