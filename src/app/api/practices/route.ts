import { created, page } from '@/server/shared/http/respond';
import { readJson, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { createPractice } from '@/server/tenant/practices/create-practice';
import { listPractices } from '@/server/tenant/practices/list-practices';
import { createPracticeBody, listPracticesQuery } from '@/server/tenant/practices/practices.schema';

// GET /api/practices — any signed-in staff (practices:read): the practices they work at (admins: all)
export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listPractices(db, { user, query: readQuery(req, listPracticesQuery) });
    return page(data, nextCursor);
  },
  { permission: 'practices:read' },
);

// POST /api/practices — ADMIN (practices:manage): add a practice
export const POST = withTenant(
  async ({ req, db, tenant }) =>
    created(
      await createPractice(db, { tenantId: tenant.id, input: await readJson(req, createPracticeBody) }),
    ),
  { permission: 'practices:manage' },
);
