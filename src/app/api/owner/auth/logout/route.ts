import { z } from 'zod';
import { recordAudit } from '@/server/owner/audit/record-audit';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { deleteOwnerSession, OWNER_SESSION_COOKIE } from '@/server/owner/auth/owner-sessions';
import { clearedCookie, readCookie } from '@/server/shared/http/cookies';
import { isSecureRequest } from '@/server/shared/http/request';

// POST /api/owner/auth/logout — any signed-in owner user (SUPPORT included): ends this session
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/auth/logout',
    summary: 'End this session',
    tags: ['Owner: sign-in'],
    roles: ['OWNER', 'SUPPORT'],
    response: z.object({ signedOut: z.literal(true) }),
  },
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
    // A Response of its own: the cleared cookie goes with it.
    return Response.json(
      { data: { signedOut: true } },
      { headers: { 'set-cookie': clearedCookie(OWNER_SESSION_COOKIE, isSecureRequest(req)) } },
    );
  },
);
