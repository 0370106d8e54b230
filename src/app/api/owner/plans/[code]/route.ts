import { ownerRoute } from '@/server/owner/auth/owner-route';
import { planCodeParams, planViewSchema, updatePlanBody } from '@/server/owner/plans/plan.schema';
import { updatePlan } from '@/server/owner/plans/update-plan';

// PATCH /api/owner/plans/:code — OWNER: change a plan's name, price, limits, features or availability
export const PATCH = ownerRoute(
  {
    method: 'patch',
    path: '/api/owner/plans/{code}',
    summary: 'Change a plan (limits are merged key by key; the code cannot change)',
    tags: ['Owner: plans'],
    params: planCodeParams,
    body: updatePlanBody,
    response: planViewSchema,
    errors: ['PLAN_IS_DEFAULT'],
  },
  async ({ db, params, body, user, meta }) =>
    updatePlan(db, { code: params.code, input: body, context: { actor: user, meta } }),
);
