import { NextResponse, type NextRequest } from 'next/server';
import { checkSameOrigin } from '@/server/shared/http/csrf';
import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';
import { REQUESTED_PATH_HEADER } from '@/lib/requested-path';

/**
 * Cheap, database-free request checks before routing:
 * - the owner console and /api/owner/* exist only on the owner host (404 elsewhere, as if absent);
 * - cross-site state changes are refused (route handlers and server actions alike).
 * Route wrappers repeat both checks, so a matcher gap can never open a hole.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const ownerSurface =
    path === '/owner' ||
    path.startsWith('/owner/') ||
    path === '/api/owner' ||
    path.startsWith('/api/owner/');
  if (ownerSurface && !isOwnerHost(requestHost(request.headers))) {
    return path.startsWith('/api/')
      ? NextResponse.json({ error: { code: 'NOT_FOUND', message: 'Page not found.' } }, { status: 404 })
      : new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  }
  const csrf = checkSameOrigin(request.method, request.headers, request.url);
  if (csrf) {
    return NextResponse.json({ error: { code: csrf.code, message: csrf.message } }, { status: csrf.status });
  }
  // Pages read the path asked for from this header to send a signed-out visitor back to it after sign-in
  // (layouts cannot see the URL). Set here, never trusted from the client: any incoming copy is replaced.
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUESTED_PATH_HEADER, `${path}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  // /api/files is left out so uploads stream straight to disk: with a proxy in front, Next.js buffers the whole
  // body in memory first. withTenant repeats the CSRF check there, and no owner surface lives under it.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/files).*)'],
};
