import { z } from 'zod';
import { changeOwnerPassword } from '@/server/owner/auth/change-password';
import { changePasswordBody } from '@/server/owner/auth/change-password.schema';
import { ownerRoute } from '@/server/owner/auth/owner-route';

// POST /api/owner/auth/password — any signed-in owner user (SUPPORT included): change own password, revoke other sessions
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/auth/password',
    summary: 'Change your own password (current password required); signs out your other sessions',
    tags: ['Owner: sign-in'],
    roles: ['OWNER', 'SUPPORT'],
    body: changePasswordBody,
    response: z.object({ revokedSessions: z.number().int() }),
    errors: ['INVALID_CURRENT_PASSWORD', 'TOO_MANY_REQUESTS'],
  },
  async ({ db, body, user, sessionId, meta }) =>
    changeOwnerPassword(db, { userId: user.id, sessionId, input: body, context: { actor: user, meta } }),
);
