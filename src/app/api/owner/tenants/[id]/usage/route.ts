import { withOwner } from '@/server/owner/auth/with-owner';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { getTenantUsage } from '@/server/owner/usage/get-tenant-usage';
import { readParams } from '@/server/shared/http/request';

// GET /api/owner/tenants/:id/usage — OWNER, SUPPORT: users, practices, patients, storage now, plus monthly history
export const GET = withOwner<{ id: string }>(async ({ db, params }) => {
  const { id } = readParams(params, tenantIdParams);
  return getTenantUsage(db, { tenantId: id });
});
