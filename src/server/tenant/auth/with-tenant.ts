import '@/server/operations/health/traffic-flusher';
import { observeRequest } from '@/server/shared/observability/observe-request';
import { annotateRequest } from '@/server/shared/observability/request-context';
import { AppError, forbidden, unauthorized } from '@/server/shared/errors';
import { readCookie } from '@/server/shared/http/cookies';
import { assertSameOrigin } from '@/server/shared/http/csrf';
import { clientIp, userAgent } from '@/server/shared/http/request';
import { errorResponse, ok } from '@/server/shared/http/respond';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { type TenantDb } from '@/server/tenant/db/tenant-db';
import { requestHost } from '@/server/tenancy/routing/hosts';
import { maintenanceError } from '@/server/tenancy/routing/maintenance';
import { resolveTenantByHost, type ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';
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
  /** Id (token hash) of the caller's session; null only where `user` may be. */
  sessionId: string;
  /** The caller holds an admin-issued temporary password (only seen by `allowPendingPasswordChange` routes). */
  mustChangePassword: boolean;
  meta: { ipAddress: string; userAgent: string | null };
};

type Options = {
  /** 'public': no session required (sign-in). */
  auth?: 'public';
  /** The permission every caller must have (see permissions.ts). */
  permission?: Permission;
  /**
   * Serve users who still hold an admin-issued temporary password. Only the routes they need to replace it
   * (me, logout, change password) set this; everything else answers 403 PASSWORD_CHANGE_REQUIRED, so a password
   * the admin has seen never becomes the user's working credential.
   */
  allowPendingPasswordChange?: boolean;
};

type Handler<P> = (ctx: TenantRouteContext<P>) => Promise<unknown>;

/** Resolves the tenant from the Host header alone and refuses what may not be served. */
export async function resolveServableTenant(headers: Headers): Promise<ResolvedTenant> {
  const tenant = await resolveTenantByHost(requestHost(headers));
  if (!tenant || tenant.status === 'DELETED')
    throw new AppError(404, 'TENANT_NOT_FOUND', 'No clinic is served at this address.');
  if (tenant.status === 'SUSPENDED')
    throw new AppError(403, 'TENANT_SUSPENDED', 'This clinic account is suspended.');
  if (tenant.status !== 'ACTIVE')
    throw new AppError(503, 'TENANT_UNAVAILABLE', 'This clinic is not available yet.');
  if (tenant.maintenance) throw maintenanceError(tenant.maintenance);
  return tenant;
}

/**
 * Wraps every tenant /api/* handler: tenant from Host (never from client headers), status checks, CSRF on state
 * changes, session from this tenant's own database, permission check, uniform JSON errors.
 */
export function withTenant<P = Record<string, never>>(handler: Handler<P>, options: Options = {}) {
  return async (req: Request, route?: { params?: Promise<P> }): Promise<Response> => {
    const params = ((await route?.params) ?? {}) as P;
    return observeRequest(req, 'tenant', params as Record<string, unknown>, () => serve(req, params));
  };

  async function serve(req: Request, params: P): Promise<Response> {
    try {
      const tenant = await resolveServableTenant(req.headers);
      annotateRequest({ clinic: tenant.slug, tenantId: tenant.id });
      assertSameOrigin(req);
      const meta = { ipAddress: clientIp(req), userAgent: userAgent(req) };
      return await tenantPools().withDb(tenant.id, async (db) => {
        const token = readCookie(req, TENANT_SESSION_COOKIE);
        const session = token ? await validateTenantSession(db, token) : null;
        const user: TenantSessionUser | null = session?.user ?? null;
        if (user) annotateRequest({ userId: user.id });
        if (options.auth !== 'public') {
          if (!session || !user) throw unauthorized();
          if (session.mustChangePassword && !options.allowPendingPasswordChange) {
            throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', 'Choose a new password before continuing.');
          }
          if (options.permission && !can(user.role, options.permission)) throw forbidden();
        }
        const result = await handler({
          req,
          params,
          tenant,
          db,
          user: user as TenantSessionUser,
          sessionId: session?.sessionId as string,
          mustChangePassword: session?.mustChangePassword ?? false,
          meta,
        });
        return result instanceof Response ? result : ok(result);
      });
    } catch (error) {
      return errorResponse(error);
    }
  }
}
