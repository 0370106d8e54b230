import { ownerDb, type OwnerDb } from '@/server/owner/db/client';
import type { OwnerRole } from '@/server/owner/db/schema';
import { forbidden, notFound, unauthorized } from '@/server/shared/errors';
import { readCookie } from '@/server/shared/http/cookies';
import { assertSameOrigin } from '@/server/shared/http/csrf';
import { clientIp, userAgent } from '@/server/shared/http/request';
import { errorResponse, ok } from '@/server/shared/http/respond';
import { observeRequest } from '@/server/shared/observability/observe-request';
import { annotateRequest } from '@/server/shared/observability/request-context';
import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';
import { OWNER_SESSION_COOKIE, validateOwnerSession, type OwnerSessionUser } from './owner-sessions';

export type OwnerRouteContext<P> = {
  req: Request;
  params: P;
  db: OwnerDb;
  /** Null only on `auth: 'public'` routes without a session. */
  user: OwnerSessionUser;
  /** The id (token hash) of the caller's session; null only on public routes without one. */
  sessionId: string;
  meta: { ipAddress: string; userAgent: string | null };
};

type Options = {
  /** 'public': no session required (sign-in). Default: a session is required. */
  auth?: 'public';
  /** Allowed roles. Default: OWNER and SUPPORT may read (GET), only OWNER may change anything. */
  roles?: OwnerRole[];
};

/** Returns a Response, or data to send as `{ data }` with 200. */
type Handler<P> = (ctx: OwnerRouteContext<P>) => Promise<unknown>;

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Wraps every /api/owner/* handler: owner host only (404 elsewhere, as if the route did not exist), CSRF check
 * on state changes, session and role check, uniform JSON errors. Responses are never cached: they carry
 * operator-only data.
 */
export function withOwner<P = Record<string, never>>(handler: Handler<P>, options: Options = {}) {
  return async (req: Request, route?: { params?: Promise<P> }): Promise<Response> => {
    const params = ((await route?.params) ?? {}) as P;
    return observeRequest(req, 'owner', params as Record<string, unknown>, () => serve(req, params));
  };

  async function serve(req: Request, params: P): Promise<Response> {
    let response: Response;
    try {
      if (!isOwnerHost(requestHost(req.headers))) throw notFound('Page');
      assertSameOrigin(req);
      const meta = { ipAddress: clientIp(req), userAgent: userAgent(req) };
      const token = readCookie(req, OWNER_SESSION_COOKIE);
      const session = token ? await validateOwnerSession(ownerDb, token) : null;
      if (session) annotateRequest({ userId: session.user.id });
      if (options.auth !== 'public') {
        if (!session) throw unauthorized();
        const roles = options.roles ?? (READ_METHODS.has(req.method) ? ['OWNER', 'SUPPORT'] : ['OWNER']);
        if (!roles.includes(session.user.role)) throw forbidden();
      }
      const result = await handler({
        req,
        params,
        db: ownerDb,
        user: session?.user as OwnerSessionUser,
        sessionId: session?.sessionId as string,
        meta,
      });
      response = result instanceof Response ? result : ok(result);
    } catch (error) {
      response = errorResponse(error);
    }
    try {
      if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
    } catch {
      // Immutable headers (Response.redirect): nothing to add to.
    }
    return response;
  }
}
