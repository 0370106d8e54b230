// GET /api/exports · POST /api/exports — ADMIN: the clinic's data exports; request a new one (built by a job)
import { created } from '@/server/shared/http/respond';
import { requestExport } from '@/server/operations/exports/request-export';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { listExports } from '@/server/tenant/exports/list-exports';

export const GET = withTenant(async ({ db }) => listExports(db), { permission: 'exports:manage' });

export const POST = withTenant(
  async ({ db, tenant, user }) => created(await requestExport(db, { tenantId: tenant.id, userId: user.id })),
  { permission: 'exports:manage' },
);
