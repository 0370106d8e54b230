import { withOwner } from '@/server/owner/auth/with-owner';
import { getHealthOverview } from '@/server/operations/health/get-health-overview';
import { healthOverviewQuery } from '@/server/operations/health/health.schema';
import { readQuery } from '@/server/shared/http/request';

// GET /api/owner/health — OWNER, SUPPORT: fleet health cards and the clinic table (sort: requests, p95, errors, dbSize, connections)
export const GET = withOwner(async ({ req, db }) =>
  getHealthOverview(db, readQuery(req, healthOverviewQuery)),
);
