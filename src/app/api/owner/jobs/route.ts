import { withOwner } from '@/server/owner/auth/with-owner';
import { getJobOverview } from '@/server/operations/jobs/get-job-overview';
import { jobOverviewQuery } from '@/server/operations/jobs/job-overview.schema';
import { allJobs } from '@/server/operations/jobs/job-registry';
import { readQuery } from '@/server/shared/http/request';

// GET /api/owner/jobs — OWNER, SUPPORT: job counts per type and the most recent failures
export const GET = withOwner(async ({ req, db }) => {
  const query = readQuery(req, jobOverviewQuery);
  return getJobOverview(db, { jobs: allJobs(), ...query });
});
