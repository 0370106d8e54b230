import { isSecureRequest } from '@/server/shared/http/request';
import { linkOrigin } from '@/server/shared/reset-token';
import { mailConfigured } from '@/server/tenancy/owner-gateway/clinic-mail';
import { rawRequestHost, requestHost } from '@/server/tenancy/routing/hosts';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { createUser } from '@/server/tenant/users/create-user';
import { listUsers } from '@/server/tenant/users/list-users';
import {
  createdUserSchema,
  createUserBody,
  listUsersQuery,
  userSchema,
} from '@/server/tenant/users/users.schema';

const tags = ['Users'];

// GET /api/users — any signed-in staff (users:read): colleagues of their practices, admins see everyone
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/users',
    summary: 'List staff (admins: everyone; others: colleagues of their practices)',
    tags,
    permission: 'users:read',
    query: listUsersQuery,
    response: userSchema,
    list: true,
  },
  async ({ db, user, query }) => listUsers(db, { user, query }),
);

// POST /api/users — ADMIN (users:manage): create or invite a staff member
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/users',
    summary:
      "Create or invite a staff member (without a password, a temporary one is returned once); 403 PLAN_LIMIT_REACHED past the plan's active users",
    tags,
    permission: 'users:manage',
    body: createUserBody,
    response: createdUserSchema,
    status: 201,
    errors: ['EMAIL_TAKEN', 'PLAN_LIMIT_REACHED'],
  },
  async ({ req, db, tenant, user, body }) => {
    // With mail going out, a new user gets a set-password link; without, the admin path (temporary password).
    const invitation = mailConfigured()
      ? {
          tenant,
          origin: linkOrigin(rawRequestHost(req.headers), requestHost(req.headers), isSecureRequest(req)),
          invitedBy: user.name,
        }
      : undefined;
    return createUser(db, { tenantId: tenant.id, input: body, invitation });
  },
);
