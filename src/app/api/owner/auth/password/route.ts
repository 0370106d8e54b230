import { changeOwnerPassword } from '@/server/owner/auth/change-password';
import { changePasswordBody } from '@/server/owner/auth/change-password.schema';
import { withOwner } from '@/server/owner/auth/with-owner';
import { readJson } from '@/server/shared/http/request';

// POST /api/owner/auth/password — any signed-in owner user (SUPPORT included): change own password, revoke other sessions
export const POST = withOwner(
  async ({ req, db, user, sessionId, meta }) => {
    const input = await readJson(req, changePasswordBody);
    return changeOwnerPassword(db, { userId: user.id, sessionId, input, context: { actor: user, meta } });
  },
  { roles: ['OWNER', 'SUPPORT'] },
);
