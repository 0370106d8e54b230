import { normaliseHost, requestHost } from '@/server/tenancy/hosts';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state changes a browser was tricked into sending from another site: `Sec-Fetch-Site: cross-site`, or
 * an Origin whose host differs from the request's. Requests without either (curl, server-to-server) carry no
 * ambient browser credentials of a victim, so they pass; cookies are SameSite=Lax as a second line.
 */
export function checkSameOrigin(method: string, headers: Headers): AppError | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site') return csrfError();
  const origin = headers.get('origin');
  if (origin && origin !== 'null') {
    let originHost = '';
    try {
      originHost = normaliseHost(new URL(origin).host);
    } catch {
      return csrfError();
    }
    if (originHost !== requestHost(headers)) return csrfError();
  } else if (origin === 'null') {
    return csrfError();
  }
  return null;
}

export function assertSameOrigin(req: Request): void {
  const error = checkSameOrigin(req.method, req.headers);
  if (error) throw error;
}

function csrfError(): AppError {
  return new AppError(403, 'CSRF_REJECTED', 'Cross-site request refused.');
}
