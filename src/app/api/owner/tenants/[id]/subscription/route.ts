import { withOwner } from '@/server/owner/auth/with-owner';
import { changeSubscription } from '@/server/owner/subscriptions/change-subscription';
import { getSubscription } from '@/server/owner/subscriptions/get-subscription';
import { changeSubscriptionBody } from '@/server/owner/subscriptions/subscription.schema';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { readJson, readParams } from '@/server/shared/http/request';

type Params = { id: string };

// GET /api/owner/tenants/:id/subscription — OWNER, SUPPORT: current plan period and the full history
export const GET = withOwner<Params>(async ({ db, params }) => {
  const { id } = readParams(params, tenantIdParams);
  return getSubscription(db, { tenantId: id });
});

// PUT /api/owner/tenants/:id/subscription — OWNER: change plan and/or status (closes the current period)
export const PUT = withOwner<Params>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const input = await readJson(req, changeSubscriptionBody);
  return changeSubscription(db, { tenantId: id, input, context: { actor: user, meta } });
});
