import { withOwner } from '@/server/owner/auth/with-owner';
import { createPlan } from '@/server/owner/plans/create-plan';
import { listPlans } from '@/server/owner/plans/list-plans';
import { createPlanBody } from '@/server/owner/plans/plan.schema';
import { readJson } from '@/server/shared/http/request';
import { created } from '@/server/shared/http/respond';

// GET /api/owner/plans — OWNER, SUPPORT: every subscription plan
export const GET = withOwner(async ({ db }) => listPlans(db));

// POST /api/owner/plans — OWNER: create a plan
export const POST = withOwner(async ({ req, db, user, meta }) => {
  const input = await readJson(req, createPlanBody);
  return created(await createPlan(db, { input, context: { actor: user, meta } }));
});
