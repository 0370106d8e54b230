import { z } from 'zod';
import {
  forgotPasswordBody,
  forgotPasswordResponse,
  resetPasswordBody,
} from '@/server/shared/password-reset.schema';
import type { ApiOperation } from '@/server/shared/openapi/operation';

const TAG = 'Sign-in';

export const operations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/auth/forgot-password',
    summary:
      'Mail a one-time link (/reset-password?token=…, 30 minutes, valid on this clinic only); the same answer whether or not the address exists (throttled: 429)',
    tags: [TAG],
    auth: 'public',
    body: forgotPasswordBody,
    response: forgotPasswordResponse,
    errors: [400, 429],
  },
  {
    method: 'post',
    path: '/api/auth/reset-password',
    summary:
      'Set a new password with a reset or invitation token of this clinic; ends every session. 400 RESET_TOKEN_INVALID, RESET_TOKEN_USED or RESET_TOKEN_EXPIRED',
    tags: [TAG],
    auth: 'public',
    body: resetPasswordBody,
    response: z.object({ reset: z.literal(true), revokedSessions: z.number().int() }),
    errors: [400],
  },
];
