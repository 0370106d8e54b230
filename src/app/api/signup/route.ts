import { ownerDb } from '@/server/owner/db/client';
import { signUpBody, signUpResponse } from '@/server/owner/signup/sign-up.schema';
import { requestClinicSignUp } from '@/server/owner/signup/request-clinic-sign-up';
import { clientIp, isSecureRequest, userAgent } from '@/server/shared/http/request';
import { linkOrigin } from '@/server/shared/reset-token';
import { systemRoute } from '@/server/shared/routes/system-route';
import { isApexHost, rawRequestHost, requestHost } from '@/server/tenancy/routing/hosts';

// POST /api/signup — public, apex host only, while the operator's signupsOpen setting is on (else 404); throttled
export const POST = systemRoute(
  {
    method: 'post',
    path: '/api/signup',
    summary:
      'A clinic asks to sign itself up on the default plan: a one-time confirmation link (/signup/verify?token=…, 24 hours) is mailed, and the clinic is created when it is followed (apex host only; 404 while signupsOpen is off; 429 when throttled)',
    tags: ['System'],
    host: { name: 'the apex host', matches: (req) => isApexHost(requestHost(req.headers)) },
    body: signUpBody,
    response: signUpResponse,
    status: 202,
    errors: ['NOT_FOUND', 'SLUG_TAKEN', 'TOO_MANY_REQUESTS'],
  },
  async ({ req, body }) => {
    const origin = linkOrigin(rawRequestHost(req.headers), requestHost(req.headers), isSecureRequest(req));
    const result = await requestClinicSignUp(ownerDb, {
      input: body,
      origin,
      meta: { ipAddress: clientIp(req), userAgent: userAgent(req) },
    });
    return Response.json({ data: result }, { status: 202, headers: { 'cache-control': 'no-store' } });
  },
);
