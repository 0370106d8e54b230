import { withOwner } from '@/server/owner/auth/with-owner';
import { createTenant } from '@/server/owner/tenants/create-tenant';
import { createTenantBody } from '@/server/owner/tenants/create-tenant.schema';
import { listTenants } from '@/server/owner/tenants/list-tenants';
import { listTenantsQuery } from '@/server/owner/tenants/list-tenants.schema';
import { readJson, readQuery } from '@/server/shared/http/request';
import { created, page } from '@/server/shared/http/respond';

// GET /api/owner/tenants — OWNER, SUPPORT: search (q), filter (status, plan), cursor pagination
export const GET = withOwner(async ({ req, db }) => {
  const { data, nextCursor } = await listTenants(db, readQuery(req, listTenantsQuery));
  return page(data, nextCursor);
});

// POST /api/owner/tenants — OWNER: create and provision a tenant; 201 once it is ACTIVE
export const POST = withOwner(async ({ req, db, user, meta }) => {
  const input = await readJson(req, createTenantBody);
  return created(await createTenant(db, { input, context: { actor: user, meta } }));
});
