import { ownerRoute } from '@/server/owner/auth/owner-route';
import { cancelJob } from '@/server/operations/jobs/change-job';
import { jobActionSchema, jobIdParams } from '@/server/operations/jobs/job-overview.schema';

// POST /api/owner/jobs/:id/cancel — OWNER: cancel a queued or running job (audited)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/jobs/{id}/cancel',
    summary: 'Cancel a queued or running job',
    tags: ['Owner: jobs'],
    params: jobIdParams,
    response: jobActionSchema,
    errors: ['INVALID_STATE'],
  },
  async ({ db, params, user, meta }) => cancelJob(db, { id: params.id, context: { actor: user, meta } }),
);
