import { ownerRoute } from '@/server/owner/auth/owner-route';
import { getJobOverview } from '@/server/operations/jobs/get-job-overview';
import { jobOverviewQuery, jobOverviewSchema } from '@/server/operations/jobs/job-overview.schema';
import { allJobs } from '@/server/operations/jobs/job-registry';

// GET /api/owner/jobs — OWNER, SUPPORT: job counts per type and the most recent failures
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/jobs',
    summary: 'Background jobs: queued, active, failed and completed counts per job type, and recent failures',
    tags: ['Owner: jobs'],
    query: jobOverviewQuery,
    response: jobOverviewSchema,
  },
  async ({ db, query }) => getJobOverview(db, { jobs: allJobs(), ...query }),
);
