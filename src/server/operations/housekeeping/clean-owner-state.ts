import { lt, or } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerSessions, signupRequests } from '@/server/owner/db/schema';
import { deleteStaleThrottleRows } from '@/server/shared/delete-stale-throttle-rows';

/** Sign-up requests are kept a week past their link's expiry, so a late click still hears what became of it. */
const SIGNUP_REQUEST_KEEP_MS = 7 * 24 * 3600_000;

/**
 * The owner database's housekeeping: expired operator sessions, stale sign-in throttle rows and old self sign-up
 * requests (an unconfirmed one still holds a password hash). Idempotent.
 */
export async function cleanOwnerState(
  db: OwnerDb,
): Promise<{ sessions: number; throttleRows: number; signupRequests: number }> {
  const now = new Date();
  const deleted = await db
    .delete(ownerSessions)
    .where(or(lt(ownerSessions.idleExpiresAt, now), lt(ownerSessions.absoluteExpiresAt, now)))
    .returning({ id: ownerSessions.id });
  const signups = await db
    .delete(signupRequests)
    .where(lt(signupRequests.expiresAt, new Date(now.getTime() - SIGNUP_REQUEST_KEEP_MS)))
    .returning({ id: signupRequests.id });
  return {
    sessions: deleted.length,
    signupRequests: signups.length,
    throttleRows: await deleteStaleThrottleRows(db, 'owner_login_throttle'),
  };
}
