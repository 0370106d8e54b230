import { withOwner } from '@/server/owner/auth/with-owner';
import { activateTenant } from '@/server/owner/tenants/activate-tenant';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { readParams } from '@/server/shared/http/request';

// POST /api/owner/tenants/:id/activate — OWNER: serve a SUSPENDED tenant again
export const POST = withOwner<{ id: string }>(async ({ db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  return activateTenant(db, { tenantId: id, context: { actor: user, meta } });
});
