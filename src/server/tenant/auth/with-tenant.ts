import '@/server/tenancy/tenant-connection';
import { AppError, forbidden, unauthorized } from '@/server/shared/errors';
import { readCookie } from '@/server/shared/http/cookies';
import { assertSameOrigin } from '@/server/shared/http/csrf';
import { clientIp, userAgent } from '@/server/shared/http/request';
import { errorResponse, ok } from '@/server/shared/http/respond';
import { tenantPools, type TenantDb } from '@/server/tenancy/pool-registry';
import { requestHost } from '@/server/tenancy/hosts';
import { resolveTenantByHost, type ResolvedTenant } from '@/server/tenancy/resolve-tenant';
import { can, type Permission } from './permissions';
import { TENANT_SESSION_COOKIE, validateTenantSession, type TenantSessionUser } from './tenant-sessions';

export type TenantRouteContext<P> = {
  req: Request;
  params: P;
  tenant: ResolvedTenant;
  /** This tenant's database, as its own role, leased for the whole request. */
  db: TenantDb;
  /** Null only on `auth: 'public'` routes without a session. */
  user: TenantSessionUser;
  meta: { ipAddress: string; userAgent: string | null };
};

type Options = {
  /** 'public': no session required (sign-in). */
  auth?: 'public';
  /** The permission every caller must have (see permissions.ts). */
  permission?: Permission;
};

type Handler<P> = (ctx: TenantRouteContext<P>) => Promise<unknown>;

/** Resolves the tenant from the Host header alone and refuses what may not be served. */
export async function resolveServableTenant(headers: Headers): Promise<ResolvedTenant> {
  const tenant = await resolveTenantByHost(requestHost(headers));
  if (!tenant || tenant.status === 'DELETED') throw new AppError(404, 'TENANT_NOT_FOUND', 'No clinic is served at this address.');
  if (tenant.status === 'SUSPENDED') throw new AppError(403, 'TENANT_SUSPENDED', 'This clinic account is suspended.');
  if (tenant.status !== 'ACTIVE') throw new AppError(503, 'TENANT_UNAVAILABLE', 'This clinic is not available yet.');
  return tenant;
}

/**
 * Wraps every tenant /api/* handler: tenant from Host (never from client headers), status checks, CSRF on state
 * changes, session from this tenant's own database, permission check, uniform JSON errors.
 */
export function withTenant<P = Record<string, never>>(handler: Handler<P>, options: Options = {}) {
  return async (req: Request, route?: { params?: Promise<P> }): Promise<Response> => {
    try {
      const tenant = await resolveServableTenant(req.headers);
      assertSameOrigin(req);
      const params = ((await route?.params) ?? {}) as P;
      const meta = { ipAddress: clientIp(req), userAgent: userAgent(req) };
      return await tenantPools().withDb(tenant.id, async (db) => {
        let user: TenantSessionUser | null = null;
        const token = readCookie(req, TENANT_SESSION_COOKIE);
        if (token) user = (await validateTenantSession(db, token))?.user ?? null;
        if (options.auth !== 'public') {
          if (!user) throw unauthorized();
          if (options.permission && !can(user.role, options.permission)) throw forbidden();
        }
        const result = await handler({ req, params, tenant, db, user: user as TenantSessionUser, meta });
        return result instanceof Response ? result : ok(result);
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
