import { created, page } from '@/server/shared/http/respond';
import { isSecureRequest, readJson, readQuery } from '@/server/shared/http/request';
import { linkOrigin } from '@/server/shared/reset-token';
import { mailConfigured } from '@/server/tenancy/owner-gateway/clinic-mail';
import { rawRequestHost, requestHost } from '@/server/tenancy/routing/hosts';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { createUser } from '@/server/tenant/users/create-user';
import { listUsers } from '@/server/tenant/users/list-users';
import { createUserBody, listUsersQuery } from '@/server/tenant/users/users.schema';

// GET /api/users — any signed-in staff (users:read): colleagues of their practices, admins see everyone
export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listUsers(db, { user, query: readQuery(req, listUsersQuery) });
    return page(data, nextCursor);
  },
  { permission: 'users:read' },
);

// POST /api/users — ADMIN (users:manage): create or invite a staff member
export const POST = withTenant(
  async ({ req, db, tenant, user }) => {
    const input = await readJson(req, createUserBody);
    // With mail going out, a new user gets a set-password link; without, the admin path (temporary password).
    const invitation = mailConfigured()
      ? {
          tenant,
          origin: linkOrigin(rawRequestHost(req.headers), requestHost(req.headers), isSecureRequest(req)),
          invitedBy: user.name,
        }
      : undefined;
    return created(await createUser(db, { tenantId: tenant.id, input, invitation }));
  },
  { permission: 'users:manage' },
);
