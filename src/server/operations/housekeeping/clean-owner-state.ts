import { lt, or } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { ownerSessions } from '@/server/owner/db/schema';
import { deleteStaleThrottleRows } from '@/server/shared/delete-stale-throttle-rows';

/** The owner database's housekeeping: expired operator sessions and stale sign-in throttle rows. Idempotent. */
export async function cleanOwnerState(db: OwnerDb): Promise<{ sessions: number; throttleRows: number }> {
  const now = new Date();
  const deleted = await db
    .delete(ownerSessions)
    .where(or(lt(ownerSessions.idleExpiresAt, now), lt(ownerSessions.absoluteExpiresAt, now)))
    .returning({ id: ownerSessions.id });
  return {
    sessions: deleted.length,
    throttleRows: await deleteStaleThrottleRows(db, 'owner_login_throttle'),
  };
}
