import { env } from '@/env';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The origin (scheme://host[:port]) this request was addressed to, as the browser saw it. Behind a trusted proxy
 * (TRUST_PROXY) that is X-Forwarded-Proto/-Host/-Port (first hop); otherwise the Host header and the scheme the
 * request arrived with — client-sent X-Forwarded-* headers are never believed then.
 */
export function publicOrigin(headers: Headers, requestUrl: string | undefined): string | null {
  const first = (name: string) => headers.get(name)?.split(',')[0]?.trim() || undefined;
  let scheme = requestUrl ? safeProtocol(requestUrl) : 'http:';
  let host = headers.get('host') ?? undefined;
  if (env().TRUST_PROXY) {
    const proto = first('x-forwarded-proto');
    if (proto) scheme = `${proto.replace(/:$/, '').toLowerCase()}:`;
    const forwardedHost = first('x-forwarded-host');
    if (forwardedHost) {
      host = forwardedHost;
      const port = first('x-forwarded-port');
      if (port && !/:\d+$/.test(host) && !host.endsWith(']')) host = `${host}:${port}`;
    }
  }
  if (!host || (scheme !== 'http:' && scheme !== 'https:')) return null;
  try {
    // URL drops the scheme's default port, exactly as browsers do in the Origin header.
    return new URL(`${scheme}//${host}`).origin.toLowerCase();
  } catch {
    return null;
  }
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return 'http:';
  }
}

/**
 * Refuses state changes a browser was tricked into sending from another origin: `Sec-Fetch-Site: cross-site`,
 * an opaque Origin, or an Origin whose scheme, host or port differs from the request's public origin (a sibling
 * clinic on another port, or http vs https, is another origin and may not act here). Requests without an Origin
 * (curl, server-to-server) carry no ambient browser credentials of a victim, so they pass; cookies are
 * SameSite=Lax as a second line.
 */
export function checkSameOrigin(method: string, headers: Headers, requestUrl?: string): AppError | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site') return csrfError();
  const origin = headers.get('origin');
  if (origin === null) return null;
  if (origin === 'null') return csrfError();
  let claimed: string;
  try {
    claimed = new URL(origin).origin.toLowerCase();
  } catch {
    return csrfError();
  }
  if (claimed !== publicOrigin(headers, requestUrl)) return csrfError();
  return null;
}

export function assertSameOrigin(req: Request): void {
  const error = checkSameOrigin(req.method, req.headers, req.url);
  if (error) throw error;
}

function csrfError(): AppError {
  return new AppError(403, 'CSRF_REJECTED', 'Cross-site request refused.');
}
