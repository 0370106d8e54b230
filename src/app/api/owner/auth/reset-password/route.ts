import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { resetOwnerPassword } from '@/server/owner/auth/reset-owner-password';
import { resetPasswordBody } from '@/server/shared/password-reset.schema';

// POST /api/owner/auth/reset-password — public (owner host only): set a new password with a reset token; ends every session
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/auth/reset-password',
    summary:
      'Set a new password with a reset token; ends every session. 400 RESET_TOKEN_INVALID, RESET_TOKEN_USED or RESET_TOKEN_EXPIRED',
    tags: ['Owner: sign-in'],
    public: true,
    body: resetPasswordBody,
    response: z.object({ reset: z.literal(true), revokedSessions: z.number().int() }),
    errors: ['RESET_TOKEN_INVALID', 'RESET_TOKEN_USED', 'RESET_TOKEN_EXPIRED'],
  },
  async ({ db, body, meta }) => resetOwnerPassword(db, { input: body, meta }),
);
