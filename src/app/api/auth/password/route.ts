import { changePassword } from '@/server/tenant/auth/change-password';
import { changePasswordBody, changePasswordResponse } from '@/server/tenant/auth/change-password.schema';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// POST /api/auth/password — any signed-in user of this tenant (also with a pending password change): change own password, other sessions signed out
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change your own password (current one required); your other sessions are signed out',
    tags: ['Auth'],
    allowPendingPasswordChange: true,
    body: changePasswordBody,
    response: changePasswordResponse,
    errors: ['INVALID_CURRENT_PASSWORD', 'TOO_MANY_REQUESTS'],
  },
  async ({ db, user, sessionId, meta, body }) =>
    changePassword(db, { user, sessionId, input: body, ipAddress: meta.ipAddress }),
);
