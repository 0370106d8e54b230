import { changePassword } from '@/server/tenant/auth/change-password';
import { changePasswordBody } from '@/server/tenant/auth/change-password.schema';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { readJson } from '@/server/shared/http/request';

// POST /api/auth/password — any signed-in user of this tenant (also with a pending password change): change own password, other sessions signed out
export const POST = withTenant(
  async ({ req, db, user, sessionId, meta }) => {
    const input = await readJson(req, changePasswordBody);
    return changePassword(db, { user, sessionId, input, ipAddress: meta.ipAddress });
  },
  { allowPendingPasswordChange: true },
);
