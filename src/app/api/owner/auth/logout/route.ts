import { recordAudit } from '@/server/owner/audit/record-audit';
import { deleteOwnerSession, OWNER_SESSION_COOKIE } from '@/server/owner/auth/owner-sessions';
import { withOwner } from '@/server/owner/auth/with-owner';
import { clearedCookie, readCookie } from '@/server/shared/http/cookies';
import { isSecureRequest } from '@/server/shared/http/request';

// POST /api/owner/auth/logout — any signed-in owner user (SUPPORT included): ends this session
export const POST = withOwner(
  async ({ req, db, user, meta }) => {
    const token = readCookie(req, OWNER_SESSION_COOKIE);
    if (token) await deleteOwnerSession(db, token);
    await recordAudit(db, {
      actor: user,
      action: 'owner.logout',
      targetType: 'owner_user',
      targetId: user.id,
      ...meta,
    });
    return Response.json(
      { data: { signedOut: true } },
      { headers: { 'set-cookie': clearedCookie(OWNER_SESSION_COOKIE, isSecureRequest(req)) } },
    );
  },
  { roles: ['OWNER', 'SUPPORT'] },
);
