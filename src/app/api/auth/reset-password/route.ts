import { z } from 'zod';
import { resetPasswordBody } from '@/server/shared/password-reset.schema';
import { resetPassword } from '@/server/tenant/auth/reset-password';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// POST /api/auth/reset-password — public: set a new password with a reset or invitation token of this clinic; ends every session
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/auth/reset-password',
    summary:
      'Set a new password with a reset or invitation token of this clinic; ends every session. 400 RESET_TOKEN_INVALID, RESET_TOKEN_USED or RESET_TOKEN_EXPIRED',
    tags: ['Sign-in'],
    public: true,
    body: resetPasswordBody,
    response: z.object({ reset: z.literal(true), revokedSessions: z.number().int() }),
    errors: ['RESET_TOKEN_INVALID', 'RESET_TOKEN_USED', 'RESET_TOKEN_EXPIRED'],
  },
  async ({ db, body }) => resetPassword(db, { input: body }),
);
