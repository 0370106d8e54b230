import { withOwner } from '@/server/owner/auth/with-owner';
import { getTenantHealth } from '@/server/operations/health/get-tenant-health';
import { tenantHealthParams, tenantHealthQuery } from '@/server/operations/health/health.schema';
import { readParams, readQuery } from '@/server/shared/http/request';

// GET /api/owner/tenants/:id/health — OWNER, SUPPORT: one clinic's requests, p95, errors and DB size (24h or 7d), latest sample, alerts
export const GET = withOwner<{ id: string }>(async ({ req, db, params }) => {
  const { id } = readParams(params, tenantHealthParams);
  return getTenantHealth(db, { tenantId: id, range: readQuery(req, tenantHealthQuery).range });
});
