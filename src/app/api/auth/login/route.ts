import { loginBody, loginUser } from '@/server/tenant/auth/login-user';
import { TENANT_ABSOLUTE_SECONDS, TENANT_SESSION_COOKIE } from '@/server/tenant/auth/tenant-sessions';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { sessionCookie } from '@/server/shared/http/cookies';
import { isSecureRequest, readJson } from '@/server/shared/http/request';

// POST /api/auth/login — public (on the tenant's host): email + password → session cookie for this tenant only
export const POST = withTenant(
  async ({ req, db, meta }) => {
    const body = await readJson(req, loginBody);
    const { token, user } = await loginUser(db, body, meta);
    return Response.json(
      { data: { user } },
      {
        headers: {
          'set-cookie': sessionCookie(TENANT_SESSION_COOKIE, token, {
            secure: isSecureRequest(req),
            maxAgeSeconds: TENANT_ABSOLUTE_SECONDS,
          }),
        },
      },
    );
  },
  { auth: 'public' },
);
