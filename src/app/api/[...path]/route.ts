import { notFound } from '@/server/shared/errors';
import { errorResponse } from '@/server/shared/http/respond';

// ANY /api/<unknown> — public: unknown API paths answer the JSON error shape, not Next's HTML 404 page.
// (Not an operation: it is the absence of one, so the OpenAPI drift test skips this catch-all.)
function unknownPath(): Response {
  return errorResponse(notFound('API endpoint'));
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
