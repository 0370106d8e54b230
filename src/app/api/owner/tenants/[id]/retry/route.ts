import { withOwner } from '@/server/owner/auth/with-owner';
import { retryTenant } from '@/server/owner/tenants/retry-tenant';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { readParams } from '@/server/shared/http/request';

// POST /api/owner/tenants/:id/retry — OWNER: provision a FAILED tenant again
export const POST = withOwner<{ id: string }>(async ({ db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  return retryTenant(db, { tenantId: id, context: { actor: user, meta } });
});
