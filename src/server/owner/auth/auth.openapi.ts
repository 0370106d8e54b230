import { z } from 'zod';
import { OWNER_ROLES } from '@/lib/domain/owner/owner-roles';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import { changePasswordBody } from './change-password.schema';
import { ownerLoginBody } from './login-owner';

const TAG = 'Owner: sign-in';

const ownerUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(OWNER_ROLES),
});

/** Owner sign-in and session operations. */
export const operations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/owner/auth/login',
    summary:
      'Sign in with email and password; sets the owner session cookie (throttled: 429 with Retry-After)',
    tags: [TAG],
    auth: 'public',
    body: ownerLoginBody,
    response: z.object({ user: ownerUserSchema }),
    errors: [400, 401, 403, 429],
  },
  {
    method: 'post',
    path: '/api/owner/auth/logout',
    summary: 'End this session',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    response: z.object({ signedOut: z.literal(true) }),
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/owner/auth/me',
    summary: 'The signed-in owner user',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    response: z.object({ user: ownerUserSchema }),
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/owner/auth/password',
    summary: 'Change your own password (current password required); signs out your other sessions',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    body: changePasswordBody,
    response: z.object({ revokedSessions: z.number().int() }),
    errors: [400, 401, 403, 429],
  },
];
