import { readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { resetUserPassword } from '@/server/tenant/users/reset-user-password';
import { userParams } from '@/server/tenant/users/users.schema';

// POST /api/users/:id/reset-password — ADMIN (users:manage): issue a temporary password (shown once), end the user's sessions
export const POST = withTenant<{ id: string }>(
  async ({ db, params }) => resetUserPassword(db, { id: readParams(params, userParams).id }),
  { permission: 'users:manage' },
);
