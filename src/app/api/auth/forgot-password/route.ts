import { forgotPasswordBody } from '@/server/shared/password-reset.schema';
import { isSecureRequest, readJson } from '@/server/shared/http/request';
import { linkOrigin } from '@/server/shared/reset-token';
import { rawRequestHost, requestHost } from '@/server/tenancy/routing/hosts';
import { requestPasswordReset } from '@/server/tenant/auth/request-password-reset';
import { withTenant } from '@/server/tenant/auth/with-tenant';

// POST /api/auth/forgot-password — public: mail a one-time reset link valid on this clinic only; same answer for unknown addresses
export const POST = withTenant(
  async ({ req, db, tenant, meta }) => {
    const input = await readJson(req, forgotPasswordBody);
    const origin = linkOrigin(rawRequestHost(req.headers), requestHost(req.headers), isSecureRequest(req));
    return requestPasswordReset(db, { tenant, input, origin, meta });
  },
  { auth: 'public' },
);
