import { forgotPasswordBody, forgotPasswordResponse } from '@/server/shared/password-reset.schema';
import { isSecureRequest } from '@/server/shared/http/request';
import { linkOrigin } from '@/server/shared/reset-token';
import { rawRequestHost, requestHost } from '@/server/tenancy/routing/hosts';
import { requestPasswordReset } from '@/server/tenant/auth/request-password-reset';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// POST /api/auth/forgot-password — public: mail a one-time reset link valid on this clinic only; same answer for unknown addresses
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/auth/forgot-password',
    summary:
      'Mail a one-time link (/reset-password?token=…, 30 minutes, valid on this clinic only); the same answer whether or not the address exists (throttled: 429)',
    tags: ['Sign-in'],
    public: true,
    body: forgotPasswordBody,
    response: forgotPasswordResponse,
    errors: ['TOO_MANY_REQUESTS'],
  },
  async ({ req, db, tenant, meta, body }) => {
    const origin = linkOrigin(rawRequestHost(req.headers), requestHost(req.headers), isSecureRequest(req));
    return requestPasswordReset(db, { tenant, input: body, origin, meta });
  },
);
