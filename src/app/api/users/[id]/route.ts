import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getUser } from '@/server/tenant/users/get-user';
import { updateUser } from '@/server/tenant/users/update-user';
import { updateUserBody, userParams, userSchema } from '@/server/tenant/users/users.schema';

const tags = ['Users'];

// GET /api/users/:id — any signed-in staff (users:read): one colleague (admins: anyone)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/users/{id}',
    summary: 'One staff member',
    tags,
    permission: 'users:read',
    params: userParams,
    response: userSchema,
  },
  async ({ db, user, params }) => getUser(db, { user, id: params.id }),
);

// PATCH /api/users/:id — ADMIN (users:manage): change email, name, role or practices
export const PATCH = tenantRoute(
  {
    method: 'patch',
    path: '/api/users/{id}',
    summary:
      "Change a staff member's email, name, role or practices (the last active admin cannot be demoted)",
    tags,
    permission: 'users:manage',
    params: userParams,
    body: updateUserBody,
    response: userSchema,
    errors: ['NOT_FOUND', 'EMAIL_TAKEN', 'LAST_ADMIN'],
  },
  async ({ db, params, body }) => updateUser(db, { id: params.id, input: body }),
);
