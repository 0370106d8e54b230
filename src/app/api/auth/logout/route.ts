import { logoutResponseSchema } from '@/server/tenant/auth/session-user.schema';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { deleteTenantSession, TENANT_SESSION_COOKIE } from '@/server/tenant/auth/tenant-sessions';
import { clearedCookie, readCookie } from '@/server/shared/http/cookies';
import { isSecureRequest } from '@/server/shared/http/request';

// POST /api/auth/logout — any signed-in user of this tenant (also with a pending password change): ends this session
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the current session',
    tags: ['Auth'],
    allowPendingPasswordChange: true,
    response: logoutResponseSchema,
  },
  async ({ req, db }) => {
    const token = readCookie(req, TENANT_SESSION_COOKIE);
    if (token) await deleteTenantSession(db, token);
    return Response.json(
      { data: { signedOut: true } },
      { headers: { 'set-cookie': clearedCookie(TENANT_SESSION_COOKIE, isSecureRequest(req)) } },
    );
  },
);
