import { sql, type SQL } from 'drizzle-orm';
import { loginThrottleRules } from './throttle';

type Executor = { execute: (query: SQL) => Promise<{ rowCount?: number | null }> };

/** The longest window any sign-in rule counts over: a row older than that (and not locked) counts for nothing. */
const STALE_AFTER_SECONDS = Math.max(...loginThrottleRules('x', 'x').map((r) => r.windowSeconds));

/**
 * Deletes login-throttle rows that can no longer throttle anyone: their window is over and their lock (if any)
 * has passed. Works on both planes' tables, which have the same shape. Returns how many were deleted.
 */
export async function deleteStaleThrottleRows(
  db: Executor,
  table: 'login_throttle' | 'owner_login_throttle',
): Promise<number> {
  const result = await db.execute(
    sql`delete from ${sql.identifier(table)}
        where window_started_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS})
          and (locked_until is null or locked_until < now())`,
  );
  return result.rowCount ?? 0;
}
