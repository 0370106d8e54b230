import { ownerRoute } from '@/server/owner/auth/owner-route';
import { createPlan } from '@/server/owner/plans/create-plan';
import { listPlans } from '@/server/owner/plans/list-plans';
import { createPlanBody, planViewSchema } from '@/server/owner/plans/plan.schema';

const TAG = 'Owner: plans';

// GET /api/owner/plans — OWNER, SUPPORT: every subscription plan
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/plans',
    summary: 'List subscription plans',
    tags: [TAG],
    response: planViewSchema.array(),
  },
  async ({ db }) => listPlans(db),
);

// POST /api/owner/plans — OWNER: create a plan
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/plans',
    summary: 'Create a subscription plan',
    tags: [TAG],
    body: createPlanBody,
    response: planViewSchema,
    status: 201,
    errors: ['PLAN_CODE_TAKEN'],
  },
  async ({ db, body, user, meta }) => createPlan(db, { input: body, context: { actor: user, meta } }),
);
