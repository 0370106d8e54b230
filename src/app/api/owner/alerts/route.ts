import { withOwner } from '@/server/owner/auth/with-owner';
import { alertsQuery } from '@/server/operations/health/health.schema';
import { listAlerts } from '@/server/operations/health/list-alerts';
import { readQuery } from '@/server/shared/http/request';

// GET /api/owner/alerts — OWNER, SUPPORT: open and resolved alerts, open first (status: open, resolved, all)
export const GET = withOwner(async ({ req, db }) => listAlerts(db, readQuery(req, alertsQuery)));
