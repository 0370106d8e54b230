import { ownerDb } from '@/server/owner/db/client';
import { signUpBody, signUpResponse } from '@/server/owner/signup/sign-up.schema';
import { signUpClinic } from '@/server/owner/signup/sign-up-clinic';
import { clientIp, userAgent } from '@/server/shared/http/request';
import { systemRoute } from '@/server/shared/routes/system-route';
import { isApexHost, requestHost } from '@/server/tenancy/routing/hosts';

// POST /api/signup — public, apex host only, while the operator's signupsOpen setting is on (else 404); throttled
export const POST = systemRoute(
  {
    method: 'post',
    path: '/api/signup',
    summary:
      'A clinic signs itself up on the default plan (apex host only; 404 while signupsOpen is off; 429 when throttled)',
    tags: ['System'],
    host: { name: 'the apex host', matches: (req) => isApexHost(requestHost(req.headers)) },
    body: signUpBody,
    response: signUpResponse,
    status: 201,
    errors: ['NOT_FOUND', 'SLUG_TAKEN', 'DOMAIN_TAKEN', 'TOO_MANY_REQUESTS'],
  },
  async ({ req, body }) => {
    const result = await signUpClinic(ownerDb, {
      input: body,
      meta: { ipAddress: clientIp(req), userAgent: userAgent(req) },
    });
    return Response.json({ data: result }, { status: 201, headers: { 'cache-control': 'no-store' } });
  },
);
