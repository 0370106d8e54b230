import type { ApiOperation } from '@/server/shared/openapi/operation';
import { jobActionSchema, jobIdParams, jobOverviewQuery, jobOverviewSchema } from './job-overview.schema';

const TAG = 'Owner: jobs';

/** The background-job operations of the owner API. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/jobs',
    summary: 'Background jobs: queued, active, failed and completed counts per job type, and recent failures',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    query: jobOverviewQuery,
    response: jobOverviewSchema,
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/owner/jobs/{id}/retry',
    summary: 'Run a failed job again (an archived one is queued again as a copy)',
    tags: [TAG],
    auth: 'OWNER',
    params: jobIdParams,
    response: jobActionSchema,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/jobs/{id}/cancel',
    summary: 'Cancel a queued or running job',
    tags: [TAG],
    auth: 'OWNER',
    params: jobIdParams,
    response: jobActionSchema,
    errors: [401, 403, 404, 409],
  },
];
