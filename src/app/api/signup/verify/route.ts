import { ownerDb } from '@/server/owner/db/client';
import { verifySignUpBody, verifySignUpResponse } from '@/server/owner/signup/sign-up.schema';
import { verifyClinicSignUp } from '@/server/owner/signup/verify-clinic-sign-up';
import { clientIp, userAgent } from '@/server/shared/http/request';
import { systemRoute } from '@/server/shared/routes/system-route';
import { isApexHost, requestHost } from '@/server/tenancy/routing/hosts';

// POST /api/signup/verify — public, apex host only: the mailed token creates the clinic (once; 400 when unknown, used or expired)
export const POST = systemRoute(
  {
    method: 'post',
    path: '/api/signup/verify',
    summary:
      'Confirm a self sign-up with the mailed token: creates the clinic on the default plan (once; 400 SIGNUP_TOKEN_INVALID/USED/EXPIRED; 409 when its address was taken meanwhile; apex host only, 404 while signupsOpen is off). The page /signup/verify?token=… does the same',
    tags: ['System'],
    host: { name: 'the apex host', matches: (req) => isApexHost(requestHost(req.headers)) },
    body: verifySignUpBody,
    response: verifySignUpResponse,
    status: 201,
    errors: [
      'NOT_FOUND',
      'SIGNUP_TOKEN_INVALID',
      'SIGNUP_TOKEN_USED',
      'SIGNUP_TOKEN_EXPIRED',
      'SLUG_TAKEN',
      'PROVISIONING_FAILED',
    ],
  },
  async ({ req, body }) => {
    const result = await verifyClinicSignUp(ownerDb, {
      input: body,
      meta: { ipAddress: clientIp(req), userAgent: userAgent(req) },
    });
    return Response.json({ data: result }, { status: 201, headers: { 'cache-control': 'no-store' } });
  },
);
