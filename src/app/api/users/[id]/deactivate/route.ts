import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { deactivateUser } from '@/server/tenant/users/deactivate-user';
import { userParams, userSchema } from '@/server/tenant/users/users.schema';

// POST /api/users/:id/deactivate — ADMIN (users:manage): block sign-in and end the user's sessions
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/users/{id}/deactivate',
    summary: 'Deactivate a staff member and end their sessions (not the last active admin)',
    tags: ['Users'],
    permission: 'users:manage',
    params: userParams,
    response: userSchema,
    errors: ['NOT_FOUND', 'LAST_ADMIN'],
  },
  async ({ db, params }) => deactivateUser(db, { id: params.id }),
);
