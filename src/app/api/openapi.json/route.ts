import { openApiDocumentFor } from '@/server/openapi/build-document';
import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';

export const dynamic = 'force-dynamic';

// GET /api/openapi.json — public, any host: the OpenAPI 3.1 document (owner API included only on the owner host)
export async function GET(req: Request): Promise<Response> {
  const includeOwner = isOwnerHost(requestHost(req.headers));
  return Response.json(openApiDocumentFor({ includeOwner }), {
    // Varies by host: a shared cache must never hand the owner document to a tenant host.
    headers: { 'cache-control': 'public, max-age=300', vary: 'host' },
  });
}
