import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { changeSubscriptionBody, subscriptionHistorySchema } from './subscription.schema';

const TAG = 'Owner: subscriptions';

/** The subscription operations of the owner API. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/subscription',
    summary: "A tenant's current plan period and its history",
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: tenantIdParams,
    response: subscriptionHistorySchema,
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: '/api/owner/tenants/{id}/subscription',
    summary: "Change a tenant's plan or subscription status; the previous period is closed and kept",
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    body: changeSubscriptionBody,
    response: subscriptionHistorySchema.extend({
      changed: z.boolean().describe('false when the request matched the current period'),
    }),
    errors: [400, 401, 403, 404],
  },
];
