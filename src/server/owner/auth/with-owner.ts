import { ownerDb, type OwnerDb } from '@/server/owner/db/client';
import type { OwnerRole } from '@/server/owner/db/schema';
import { AppError, forbidden, notFound, unauthorized } from '@/server/shared/errors';
import { readCookie } from '@/server/shared/http/cookies';
import { assertSameOrigin } from '@/server/shared/http/csrf';
import { clientIp, userAgent } from '@/server/shared/http/request';
import { errorResponse, ok } from '@/server/shared/http/respond';
import { isOwnerHost, requestHost } from '@/server/tenancy/hosts';
import { OWNER_SESSION_COOKIE, validateOwnerSession, type OwnerSessionUser } from './owner-sessions';

export type OwnerRouteContext<P> = {
  req: Request;
  params: P;
  db: OwnerDb;
  /** Null only on `auth: 'public'` routes without a session. */
  user: OwnerSessionUser;
  meta: { ipAddress: string; userAgent: string | null };
};

type Options = {
  /** 'public': no session required (sign-in). Default: a session is required. */
  auth?: 'public';
  /** Allowed roles. Default: OWNER and SUPPORT may read (GET), only OWNER may change anything. */
  roles?: OwnerRole[];
};

type Handler<P> = (ctx: OwnerRouteContext<P>) => Promise<unknown>;

/**
 * Wraps every /api/owner/* handler: owner host only (404 elsewhere, as if the route did not exist), CSRF check
 * on state changes, session and role check, uniform JSON errors.
 */
export function withOwner<P = Record<string, never>>(handler: Handler<P>, options: Options = {}) {
  return async (req: Request, route?: { params?: Promise<P> }): Promise<Response> => {
    try {
      if (!isOwnerHost(requestHost(req.headers))) throw notFound('Page');
      assertSameOrigin(req);
      const params = ((await route?.params) ?? {}) as P;
      const meta = { ipAddress: clientIp(req), userAgent: userAgent(req) };
      let user: OwnerSessionUser | null = null;
      const token = readCookie(req, OWNER_SESSION_COOKIE);
      if (token) user = (await validateOwnerSession(ownerDb, token))?.user ?? null;
      if (options.auth !== 'public') {
        if (!user) throw unauthorized();
        const roles = options.roles ?? (req.method === 'GET' || req.method === 'HEAD' ? ['OWNER', 'SUPPORT'] : ['OWNER']);
        if (!roles.includes(user.role)) throw forbidden();
      }
      const result = await handler({ req, params, db: ownerDb, user: user as OwnerSessionUser, meta });
      return result instanceof Response ? result : ok(result);
    } catch (error) {
      return errorResponse(error instanceof AppError ? error : error);
    }
  };
}
