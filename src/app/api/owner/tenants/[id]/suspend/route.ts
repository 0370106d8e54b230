import { withOwner } from '@/server/owner/auth/with-owner';
import { suspendTenant } from '@/server/owner/tenants/suspend-tenant';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { readParams } from '@/server/shared/http/request';

// POST /api/owner/tenants/:id/suspend — OWNER: stop serving an ACTIVE tenant (hosts answer 403 within 2 s)
export const POST = withOwner<{ id: string }>(async ({ db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  return suspendTenant(db, { tenantId: id, context: { actor: user, meta } });
});
