import { z } from 'zod';
import { loginOwner, ownerLoginBody } from '@/server/owner/auth/login-owner';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { OWNER_ABSOLUTE_SECONDS, OWNER_SESSION_COOKIE } from '@/server/owner/auth/owner-sessions';
import { ownerUserSchema } from '@/server/owner/auth/owner-user.schema';
import { sessionCookie } from '@/server/shared/http/cookies';
import { isSecureRequest } from '@/server/shared/http/request';

// POST /api/owner/auth/login — public (owner host only): email + password → session cookie
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/auth/login',
    summary:
      'Sign in with email and password; sets the owner session cookie (throttled: 429 with Retry-After)',
    tags: ['Owner: sign-in'],
    public: true,
    body: ownerLoginBody,
    response: z.object({ user: ownerUserSchema }),
    errors: ['INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS'],
  },
  async ({ req, db, body, meta }) => {
    const { token, user } = await loginOwner(db, body, meta);
    // A Response of its own: the session cookie goes with it.
    return Response.json(
      { data: { user } },
      {
        headers: {
          'set-cookie': sessionCookie(OWNER_SESSION_COOKIE, token, {
            secure: isSecureRequest(req),
            maxAgeSeconds: OWNER_ABSOLUTE_SECONDS,
          }),
        },
      },
    );
  },
);
