import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { resetUserPassword } from '@/server/tenant/users/reset-user-password';
import { temporaryPasswordSchema, userParams } from '@/server/tenant/users/users.schema';

// POST /api/users/:id/reset-password — ADMIN (users:manage): issue a temporary password (shown once), end the user's sessions
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/users/{id}/reset-password',
    summary: 'Issue a temporary password (returned once) and end the user’s sessions',
    tags: ['Users'],
    permission: 'users:manage',
    params: userParams,
    response: temporaryPasswordSchema,
    errors: ['NOT_FOUND'],
  },
  async ({ db, params }) => resetUserPassword(db, { id: params.id }),
);
