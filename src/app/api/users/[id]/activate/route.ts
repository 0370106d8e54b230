import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { activateUser } from '@/server/tenant/users/activate-user';
import { userParams, userSchema } from '@/server/tenant/users/users.schema';

// POST /api/users/:id/activate — ADMIN (users:manage): allow a deactivated user to sign in again
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/users/{id}/activate',
    summary: "Reactivate a staff member (counts against the plan's active users)",
    tags: ['Users'],
    permission: 'users:manage',
    params: userParams,
    response: userSchema,
    errors: ['NOT_FOUND', 'PLAN_LIMIT_REACHED'],
  },
  async ({ db, params, tenant }) => activateUser(db, { tenantId: tenant.id, id: params.id }),
);
