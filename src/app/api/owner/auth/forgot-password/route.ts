import { ownerRoute } from '@/server/owner/auth/owner-route';
import { requestOwnerPasswordReset } from '@/server/owner/auth/request-password-reset';
import { forgotPasswordBody, forgotPasswordResponse } from '@/server/shared/password-reset.schema';
import { isSecureRequest } from '@/server/shared/http/request';
import { linkOrigin } from '@/server/shared/reset-token';
import { rawRequestHost, requestHost } from '@/server/tenancy/routing/hosts';

// POST /api/owner/auth/forgot-password — public (owner host only): mail a one-time reset link; same answer for unknown addresses
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/auth/forgot-password',
    summary:
      'Mail a one-time link (/owner/reset-password?token=…, 30 minutes) to choose a new password; the same answer whether or not the address exists (throttled: 429)',
    tags: ['Owner: sign-in'],
    public: true,
    body: forgotPasswordBody,
    response: forgotPasswordResponse,
    errors: ['TOO_MANY_REQUESTS'],
  },
  async ({ req, db, body, meta }) => {
    const origin = linkOrigin(rawRequestHost(req.headers), requestHost(req.headers), isSecureRequest(req));
    return requestOwnerPasswordReset(db, { input: body, origin, meta });
  },
);
