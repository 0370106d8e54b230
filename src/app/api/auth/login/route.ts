import { loginBody, loginUser } from '@/server/tenant/auth/login-user';
import { loginResponseSchema } from '@/server/tenant/auth/session-user.schema';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { TENANT_ABSOLUTE_SECONDS, TENANT_SESSION_COOKIE } from '@/server/tenant/auth/tenant-sessions';
import { sessionCookie } from '@/server/shared/http/cookies';
import { isSecureRequest } from '@/server/shared/http/request';

// POST /api/auth/login — public (on the tenant's host): email + password → session cookie for this tenant only
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/auth/login',
    summary: "Sign in on the clinic's host; sets a host-only session cookie valid for this clinic only",
    tags: ['Auth'],
    public: true,
    body: loginBody,
    response: loginResponseSchema,
    errors: ['INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS'],
  },
  async ({ req, db, meta, body }) => {
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
);
