import { readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { deactivateUser } from '@/server/tenant/users/deactivate-user';
import { userParams } from '@/server/tenant/users/users.schema';

// POST /api/users/:id/deactivate — ADMIN (users:manage): block sign-in and end the user's sessions
export const POST = withTenant<{ id: string }>(
  async ({ db, params }) => deactivateUser(db, { id: readParams(params, userParams).id }),
  { permission: 'users:manage' },
);
