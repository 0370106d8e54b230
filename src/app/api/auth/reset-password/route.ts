import { resetPasswordBody } from '@/server/shared/password-reset.schema';
import { readJson } from '@/server/shared/http/request';
import { resetPassword } from '@/server/tenant/auth/reset-password';
import { withTenant } from '@/server/tenant/auth/with-tenant';

// POST /api/auth/reset-password — public: set a new password with a reset or invitation token of this clinic; ends every session
export const POST = withTenant(
  async ({ req, db }) => resetPassword(db, { input: await readJson(req, resetPasswordBody) }),
  { auth: 'public' },
);
