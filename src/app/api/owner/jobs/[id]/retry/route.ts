import { ownerRoute } from '@/server/owner/auth/owner-route';
import { retryJob } from '@/server/operations/jobs/change-job';
import { jobActionSchema, jobIdParams } from '@/server/operations/jobs/job-overview.schema';

// POST /api/owner/jobs/:id/retry — OWNER: run a failed job again (audited)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/jobs/{id}/retry',
    summary: 'Run a failed job again (an archived one is queued again as a copy)',
    tags: ['Owner: jobs'],
    params: jobIdParams,
    response: jobActionSchema,
    errors: ['INVALID_STATE'],
  },
  async ({ db, params, user, meta }) => retryJob(db, { id: params.id, context: { actor: user, meta } }),
);
