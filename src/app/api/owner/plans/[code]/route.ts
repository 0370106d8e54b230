import { withOwner } from '@/server/owner/auth/with-owner';
import { planCodeParams, updatePlanBody } from '@/server/owner/plans/plan.schema';
import { updatePlan } from '@/server/owner/plans/update-plan';
import { readJson, readParams } from '@/server/shared/http/request';

// PATCH /api/owner/plans/:code — OWNER: change a plan's name, price, limits, features or availability
export const PATCH = withOwner<{ code: string }>(async ({ req, db, params, user, meta }) => {
  const { code } = readParams(params, planCodeParams);
  const input = await readJson(req, updatePlanBody);
  return updatePlan(db, { code, input, context: { actor: user, meta } });
});
