import { withOwner } from '@/server/owner/auth/with-owner';
import { requestOwnerPasswordReset } from '@/server/owner/auth/request-password-reset';
import { forgotPasswordBody } from '@/server/shared/password-reset.schema';
import { isSecureRequest, readJson } from '@/server/shared/http/request';
import { linkOrigin } from '@/server/shared/reset-token';
import { rawRequestHost, requestHost } from '@/server/tenancy/routing/hosts';

// POST /api/owner/auth/forgot-password — public (owner host only): mail a one-time reset link; same answer for unknown addresses
export const POST = withOwner(
  async ({ req, db, meta }) => {
    const input = await readJson(req, forgotPasswordBody);
    const origin = linkOrigin(rawRequestHost(req.headers), requestHost(req.headers), isSecureRequest(req));
    return requestOwnerPasswordReset(db, { input, origin, meta });
  },
  { auth: 'public' },
);
