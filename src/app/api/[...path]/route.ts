import { notFound } from '@/server/shared/errors';
import { systemRoute } from '@/server/shared/routes/system-route';
import type { HttpMethod } from '@/server/shared/routes/route-descriptor';

// ANY /api/<unknown> — public: unknown API paths answer the JSON error shape, not Next's HTML 404 page.
// (Not an operation: it is the absence of one, so it stays out of the OpenAPI document.)
function unknownPath(method: HttpMethod) {
  return systemRoute(
    {
      method,
      path: '/api/{path}',
      summary: 'Unknown API path',
      tags: ['System'],
      errors: ['NOT_FOUND'],
      undocumented: true,
    },
    () => Promise.reject(notFound('API endpoint')),
  );
}

export const GET = unknownPath('get');
export const POST = unknownPath('post');
export const PUT = unknownPath('put');
export const PATCH = unknownPath('patch');
export const DELETE = unknownPath('delete');
