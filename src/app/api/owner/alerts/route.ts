import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { alertSchema, alertsQuery } from '@/server/operations/health/health.schema';
import { listAlerts } from '@/server/operations/health/list-alerts';

// GET /api/owner/alerts — OWNER, SUPPORT: open and resolved alerts, open first (status: open, resolved, all)
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/alerts',
    summary: 'Health alerts, open first then newest (status: open, resolved, all)',
    tags: ['Owner: health'],
    query: alertsQuery,
    response: z.array(alertSchema),
  },
  async ({ db, query }) => listAlerts(db, query),
);
