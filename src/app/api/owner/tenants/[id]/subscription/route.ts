import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { changeSubscription } from '@/server/owner/subscriptions/change-subscription';
import { getSubscription } from '@/server/owner/subscriptions/get-subscription';
import {
  changeSubscriptionBody,
  subscriptionHistorySchema,
} from '@/server/owner/subscriptions/subscription.schema';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';

const TAG = 'Owner: subscriptions';

// GET /api/owner/tenants/:id/subscription — OWNER, SUPPORT: current plan period and the full history
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/subscription',
    summary: "A tenant's current plan period and its history",
    tags: [TAG],
    params: tenantIdParams,
    response: subscriptionHistorySchema,
  },
  async ({ db, params }) => getSubscription(db, { tenantId: params.id }),
);

// PUT /api/owner/tenants/:id/subscription — OWNER: change plan and/or status (closes the current period)
export const PUT = ownerRoute(
  {
    method: 'put',
    path: '/api/owner/tenants/{id}/subscription',
    summary: "Change a tenant's plan or subscription status; the previous period is closed and kept",
    tags: [TAG],
    params: tenantIdParams,
    body: changeSubscriptionBody,
    response: subscriptionHistorySchema.extend({
      changed: z.boolean().describe('false when the request matched the current period'),
    }),
  },
  async ({ db, params, body, user, meta }) =>
    changeSubscription(db, { tenantId: params.id, input: body, context: { actor: user, meta } }),
);
