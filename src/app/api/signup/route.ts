import { ownerDb } from '@/server/owner/db/client';
import { signUpBody } from '@/server/owner/signup/sign-up.schema';
import { signUpClinic } from '@/server/owner/signup/sign-up-clinic';
import { notFound } from '@/server/shared/errors';
import { assertSameOrigin } from '@/server/shared/http/csrf';
import { clientIp, readJson, userAgent } from '@/server/shared/http/request';
import { created, errorResponse } from '@/server/shared/http/respond';
import { isApexHost, requestHost } from '@/server/tenancy/routing/hosts';

// POST /api/signup — public, apex host only, while the operator's signupsOpen setting is on (else 404); throttled
export async function POST(req: Request): Promise<Response> {
  try {
    if (!isApexHost(requestHost(req.headers))) throw notFound('Page');
    assertSameOrigin(req);
    const input = await readJson(req, signUpBody);
    const result = await signUpClinic(ownerDb, {
      input,
      meta: { ipAddress: clientIp(req), userAgent: userAgent(req) },
    });
    const response = created(result);
    response.headers.set('cache-control', 'no-store');
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
