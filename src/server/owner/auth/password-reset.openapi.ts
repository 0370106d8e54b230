import { z } from 'zod';
import {
  forgotPasswordBody,
  forgotPasswordResponse,
  resetPasswordBody,
} from '@/server/shared/password-reset.schema';
import type { ApiOperation } from '@/server/shared/openapi/operation';

const TAG = 'Owner: sign-in';

export const operations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/owner/auth/forgot-password',
    summary:
      'Mail a one-time link (/owner/reset-password?token=…, 30 minutes) to choose a new password; the same answer whether or not the address exists (throttled: 429)',
    tags: [TAG],
    auth: 'public',
    body: forgotPasswordBody,
    response: forgotPasswordResponse,
    errors: [400, 429],
  },
  {
    method: 'post',
    path: '/api/owner/auth/reset-password',
    summary:
      'Set a new password with a reset token; ends every session. 400 RESET_TOKEN_INVALID, RESET_TOKEN_USED or RESET_TOKEN_EXPIRED',
    tags: [TAG],
    auth: 'public',
    body: resetPasswordBody,
    response: z.object({ reset: z.literal(true), revokedSessions: z.number().int() }),
    errors: [400],
  },
];
