import type { ApiOperation } from '@/server/shared/openapi/operation';
import { changePasswordBody, changePasswordResponse } from './change-password.schema';
import { loginBody } from './login-user';
import { loginResponseSchema, logoutResponseSchema, meResponseSchema } from './session-user.schema';

/** The auth operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    summary: "Sign in on the clinic's host; sets a host-only session cookie valid for this clinic only",
    tags: ['Auth'],
    auth: 'public',
    body: loginBody,
    response: loginResponseSchema,
    errors: [400, 401, 403, 404, 429],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the current session',
    tags: ['Auth'],
    auth: 'signed-in',
    response: logoutResponseSchema,
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: "The signed-in user and the clinic's branding",
    tags: ['Auth'],
    auth: 'signed-in',
    response: meResponseSchema,
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change your own password (current one required); your other sessions are signed out',
    tags: ['Auth'],
    auth: 'signed-in',
    body: changePasswordBody,
    response: changePasswordResponse,
    errors: [400, 401, 403, 429],
  },
];
