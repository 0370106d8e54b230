import { readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { activateUser } from '@/server/tenant/users/activate-user';
import { userParams } from '@/server/tenant/users/users.schema';

// POST /api/users/:id/activate — ADMIN (users:manage): allow a deactivated user to sign in again
export const POST = withTenant<{ id: string }>(
  async ({ db, params, tenant }) =>
    activateUser(db, { tenantId: tenant.id, id: readParams(params, userParams).id }),
  { permission: 'users:manage' },
);
