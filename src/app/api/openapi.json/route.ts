import { openApiDocumentFor } from '@/server/openapi/build-document';
import { systemRoute } from '@/server/shared/routes/system-route';
import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';

export const dynamic = 'force-dynamic';

// GET /api/openapi.json — public, any host: the OpenAPI 3.1 document (owner API included only on the owner host)
export const GET = systemRoute(
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI 3.1 document (the owner API is included only on the owner host)',
    tags: ['System'],
    raw: { contentType: 'application/json', description: 'The OpenAPI 3.1 document.' },
  },
  async ({ req }) => {
    // Loaded on first use: the registry imports every route, this one included.
    const { routeRegistry } = await import('../route-registry.generated');
    const includeOwner = isOwnerHost(requestHost(req.headers));
    return Response.json(openApiDocumentFor({ includeOwner, routes: routeRegistry }), {
      // Varies by host: a shared cache must never hand the owner document to a tenant host.
      headers: { 'cache-control': 'public, max-age=300', vary: 'host' },
    });
  },
);
