import type { ApiOperation } from '@/server/shared/openapi/operation';
import { createPlanBody, planCodeParams, planViewSchema, updatePlanBody } from './plan.schema';

const TAG = 'Owner: plans';

/** The subscription-plan operations of the owner API. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/plans',
    summary: 'List subscription plans',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    response: planViewSchema.array(),
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/owner/plans',
    summary: 'Create a subscription plan',
    tags: [TAG],
    auth: 'OWNER',
    body: createPlanBody,
    response: planViewSchema,
    successStatus: 201,
    errors: [400, 401, 403, 409],
  },
  {
    method: 'patch',
    path: '/api/owner/plans/{code}',
    summary: 'Change a plan (limits are merged key by key; the code cannot change)',
    tags: [TAG],
    auth: 'OWNER',
    params: planCodeParams,
    body: updatePlanBody,
    response: planViewSchema,
    errors: [400, 401, 403, 404, 409],
  },
];
