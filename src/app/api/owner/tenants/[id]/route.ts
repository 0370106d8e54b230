import { withOwner } from '@/server/owner/auth/with-owner';
import { deleteTenant } from '@/server/owner/tenants/delete-tenant';
import { deleteTenantBody } from '@/server/owner/tenants/create-tenant.schema';
import { getTenant } from '@/server/owner/tenants/get-tenant';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { updateTenant } from '@/server/owner/tenants/update-tenant';
import { updateTenantBody } from '@/server/owner/tenants/update-tenant.schema';
import { readJson, readParams } from '@/server/shared/http/request';

type Params = { id: string };

// GET /api/owner/tenants/:id — OWNER, SUPPORT: one tenant with domains, plan and last usage (DELETED ones too)
export const GET = withOwner<Params>(async ({ db, params }) => {
  const { id } = readParams(params, tenantIdParams);
  return getTenant(db, { tenantId: id });
});

// PATCH /api/owner/tenants/:id — OWNER: rename and/or change branding
export const PATCH = withOwner<Params>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const input = await readJson(req, updateTenantBody);
  return updateTenant(db, { tenantId: id, input, context: { actor: user, meta } });
});

// DELETE /api/owner/tenants/:id — OWNER, body { confirm: <slug>, confirmWithoutBackup? }: final backup, drop database and role, archive files, keep row as DELETED
export const DELETE = withOwner<Params>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const body = await readJson(req, deleteTenantBody);
  return deleteTenant(db, { tenantId: id, ...body, context: { actor: user, meta } });
});
