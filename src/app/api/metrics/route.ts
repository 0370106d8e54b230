import { OWNER_ROLES } from '@/lib/domain/owner/owner-roles';
import { serveMetrics } from '@/server/operations/health/serve-metrics';
import { systemRoute } from '@/server/shared/routes/system-route';

export const dynamic = 'force-dynamic';

// GET /api/metrics — owner host only; Bearer $METRICS_TOKEN or a signed-in OWNER: Prometheus text of this process
// (serveMetrics checks both itself: a scraper has no session).
export const GET = systemRoute(
  {
    method: 'get',
    path: '/api/metrics',
    summary:
      'Prometheus text metrics of this app process (owner host only; Authorization: Bearer $METRICS_TOKEN, or a signed-in OWNER)',
    tags: ['Owner: health'],
    plane: 'owner',
    access: {
      session: true,
      roles: ['OWNER'],
      allRoles: OWNER_ROLES,
      schemes: ['ownerSession', 'metricsToken'],
    },
    raw: { contentType: 'text/plain', description: 'Prometheus text exposition format.' },
  },
  async ({ req }) => serveMetrics(req),
);
