import { ownerRoute } from '@/server/owner/auth/owner-route';
import { getTenantHealth } from '@/server/operations/health/get-tenant-health';
import { tenantHealthParams, tenantHealthQuery } from '@/server/operations/health/health.schema';
import { tenantHealthSchema } from '@/server/operations/health/health.schema';

// GET /api/owner/tenants/:id/health — OWNER, SUPPORT: one clinic's requests, p95, errors and DB size (24h or 7d), latest sample, alerts
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/health',
    summary:
      "A clinic's health over 24 h or 7 d (requests, p95, errors, DB size), its latest sample and alerts",
    tags: ['Owner: health'],
    params: tenantHealthParams,
    query: tenantHealthQuery,
    response: tenantHealthSchema,
  },
  async ({ db, params, query }) => getTenantHealth(db, { tenantId: params.id, range: query.range }),
);
