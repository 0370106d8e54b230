import { ownerRoute } from '@/server/owner/auth/owner-route';
import { getHealthOverview } from '@/server/operations/health/get-health-overview';
import { healthOverviewQuery, healthOverviewSchema } from '@/server/operations/health/health.schema';

// GET /api/owner/health — OWNER, SUPPORT: fleet health cards and the clinic table (sort: requests, p95, errors, dbSize, connections)
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/health',
    summary:
      'Fleet health: clinics by status, servers up, open alerts, overdue backups, failing jobs, clinic table',
    tags: ['Owner: health'],
    query: healthOverviewQuery,
    response: healthOverviewSchema,
  },
  async ({ db, query }) => getHealthOverview(db, query),
);
