import { withOwner } from '@/server/owner/auth/with-owner';
import { setTenantMaintenance } from '@/server/owner/tenants/set-tenant-maintenance';
import { setMaintenanceBody, tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { readJson, readParams } from '@/server/shared/http/request';

// POST /api/owner/tenants/:id/maintenance — OWNER: turn maintenance mode on (with a message) or off (audited)
export const POST = withOwner<{ id: string }>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const body = await readJson(req, setMaintenanceBody);
  return setTenantMaintenance(db, { tenantId: id, ...body, context: { actor: user, meta } });
});
