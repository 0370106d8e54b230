import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import {
  OWNER_SESSION_COOKIE,
  validateOwnerSession,
  type OwnerSessionUser,
} from '@/server/owner/auth/owner-sessions';
import { ownerDb } from '@/server/owner/db/client';
import { orOutagePage } from '@/server/shared/pages/outage-redirect';

/**
 * The signed-in operator for server-rendered /owner pages. Pages are behind the same owner-host check as the
 * API (src/proxy.ts); this adds the session. Cached per request so a layout and its page validate once.
 */
export const getOwnerPageUser = cache(async (): Promise<OwnerSessionUser | null> => {
  const token = (await cookies()).get(OWNER_SESSION_COOKIE)?.value;
  if (!token) return null;
  return (await orOutagePage(() => validateOwnerSession(ownerDb, token)))?.user ?? null;
});

/** Like getOwnerPageUser, but sends an anonymous visitor to the sign-in page (and back here afterwards). */
export async function requireOwnerPageUser(returnTo?: string): Promise<OwnerSessionUser> {
  const user = await getOwnerPageUser();
  if (!user) redirect(returnTo ? `/owner/login?next=${encodeURIComponent(returnTo)}` : '/owner/login');
  return user;
}

/** SUPPORT users can look but not touch: pages hide or disable every mutation for them. */
export function canManage(user: OwnerSessionUser): boolean {
  return user.role === 'OWNER';
}

/** Only same-site paths under /owner are accepted as a post-sign-in destination (no open redirect). */
export function safeOwnerReturnPath(next: string | undefined | null): string {
  if (!next || !next.startsWith('/owner') || next.startsWith('//') || next.includes('\\'))
    return '/owner/tenants';
  return next.startsWith('/owner/login') ? '/owner/tenants' : next;
}
