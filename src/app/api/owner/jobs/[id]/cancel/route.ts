import { withOwner } from '@/server/owner/auth/with-owner';
import { cancelJob } from '@/server/operations/jobs/change-job';
import { jobIdParams } from '@/server/operations/jobs/job-overview.schema';
import { readParams } from '@/server/shared/http/request';

// POST /api/owner/jobs/:id/cancel — OWNER: cancel a queued or running job (audited)
export const POST = withOwner<{ id: string }>(async ({ db, params, user, meta }) => {
  const { id } = readParams(params, jobIdParams);
  return cancelJob(db, { id, context: { actor: user, meta } });
});
