import { loginOwner, ownerLoginBody } from '@/server/owner/auth/login-owner';
import { OWNER_ABSOLUTE_SECONDS, OWNER_SESSION_COOKIE } from '@/server/owner/auth/owner-sessions';
import { withOwner } from '@/server/owner/auth/with-owner';
import { sessionCookie } from '@/server/shared/http/cookies';
import { isSecureRequest, readJson } from '@/server/shared/http/request';

// POST /api/owner/auth/login — public (owner host only): email + password → session cookie
export const POST = withOwner(
  async ({ req, db, meta }) => {
    const body = await readJson(req, ownerLoginBody);
    const { token, user } = await loginOwner(db, body, meta);
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
  { auth: 'public' },
);
