import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { safeNextPath } from '@/lib/safe-next';
import { REQUESTED_PATH_HEADER } from '@/lib/requested-path';
import { isAppError } from '@/server/shared/errors';
import { orOutagePage, rethrowAsOutage } from '@/server/shared/pages/outage-redirect';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { type TenantDb } from '@/server/tenant/db/tenant-db';
import type { ResolvedTenant } from '@/server/tenancy/routing/resolve-tenant';
import { can, type Permission } from '@/lib/domain/tenant/permissions';
import { resolveServableTenant } from '@/server/tenant/auth/with-tenant';
import {
  TENANT_SESSION_COOKIE,
  validateTenantSession,
  type TenantSessionUser,
} from '@/server/tenant/auth/tenant-sessions';

/**
 * What tenant pages (server components) use instead of withTenant(): the tenant from the Host header alone, the
 * session from this tenant's own database, and a leased database for reads. Each helper is cached per request,
 * so the layout and the page share one resolution and one session check.
 */

export type PageSession = {
  tenant: ResolvedTenant;
  user: TenantSessionUser;
  /** An admin issued a temporary password: every page but /change-password sends the user there first. */
  mustChangePassword: boolean;
};

/** The tenant this host serves. Unknown host → 404; suspended or not ready → the friendly /suspended page. */
export const getPageTenant = cache(async (): Promise<ResolvedTenant> => {
  try {
    return await resolveServableTenant(await headers());
  } catch (error) {
    if (isAppError(error)) {
      if (error.status === 404) notFound();
      // /suspended answers 403 (suspended) or 503 (not ready) with a page that explains it.
      if (['TENANT_SUSPENDED', 'TENANT_UNAVAILABLE', 'TENANT_MAINTENANCE'].includes(error.code))
        redirect('/suspended');
    }
    rethrowAsOutage(error);
  }
});

/** Runs reads against this tenant's database, leased for just this unit of work. */
export async function withPageDb<T>(fn: (db: TenantDb) => Promise<T>): Promise<T> {
  const tenant = await getPageTenant();
  return orOutagePage(() => tenantPools().withDb(tenant.id, fn));
}

/** The signed-in user of this tenant, or null. */
export const getPageSession = cache(async (): Promise<PageSession | null> => {
  const tenant = await getPageTenant();
  const token = (await cookies()).get(TENANT_SESSION_COOKIE)?.value;
  if (!token) return null;
  const session = await orOutagePage(() =>
    tenantPools().withDb(tenant.id, (db) => validateTenantSession(db, token)),
  );
  return session ? { tenant, user: session.user, mustChangePassword: session.mustChangePassword } : null;
});

/**
 * The signed-in user, or a redirect to /login (back to `returnTo` afterwards). A user holding a temporary
 * password is sent to /change-password: the API would refuse them everything else anyway.
 */
export async function requirePageSession(
  returnTo?: string,
  options: { allowPendingPasswordChange?: boolean } = {},
): Promise<PageSession> {
  const session = await getPageSession();
  if (!session) {
    // The layout runs too and knows no path: the proxy's header carries the one asked for (query included).
    const target = safeNextPath((await headers()).get(REQUESTED_PATH_HEADER) ?? returnTo, '');
    redirect(target ? `/login?next=${encodeURIComponent(target)}` : '/login');
  }
  if (session.mustChangePassword && !options.allowPendingPasswordChange) redirect('/change-password');
  return session;
}

/** True when the signed-in user's role has the permission (the server enforces it again on every API call). */
export function userCan(user: Pick<TenantSessionUser, 'role'>, permission: Permission): boolean {
  return can(user.role, permission);
}

/**
 * Stops a page the user's role may not use: the segment's forbidden.tsx renders with HTTP 403. Call it before the
 * page's data loads; the clinic pages that call it sit under no loading.tsx, so the status is still unsent.
 */
export function requirePagePermission(user: Pick<TenantSessionUser, 'role'>, permission: Permission): void {
  if (!can(user.role, permission)) forbidden();
}
