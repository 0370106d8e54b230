import { withOwner } from '@/server/owner/auth/with-owner';
import { resetOwnerPassword } from '@/server/owner/auth/reset-owner-password';
import { resetPasswordBody } from '@/server/shared/password-reset.schema';
import { readJson } from '@/server/shared/http/request';

// POST /api/owner/auth/reset-password — public (owner host only): set a new password with a reset token; ends every session
export const POST = withOwner(
  async ({ req, db, meta }) =>
    resetOwnerPassword(db, { input: await readJson(req, resetPasswordBody), meta }),
  { auth: 'public' },
);
