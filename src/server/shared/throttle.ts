import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { tooManyRequests } from './errors';

/**
 * Failed sign-in throttling shared by every app process (counters live in the database). Works on both planes:
 * the owner database's owner_login_throttle and each tenant database's login_throttle have the same shape.
 */
type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> };

export type ThrottleRule = { key: string; maxFailures: number; windowSeconds: number; lockSeconds: number };

export function loginThrottleRules(email: string, ip: string): ThrottleRule[] {
  return [
    { key: `email:${email.toLowerCase()}`, maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
    { key: `ip:${ip}`, maxFailures: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  ];
}

/** Throws 429 (with Retry-After) when any key is locked. */
export async function assertNotThrottled(db: Executor, table: 'login_throttle' | 'owner_login_throttle', rules: ThrottleRule[]) {
  const keys = rules.map((r) => r.key);
  const { rows } = await db.execute(
    sql`select ceil(extract(epoch from max(locked_until) - now()))::int as retry from ${sql.identifier(table)}
        where key in (${sql.join(keys.map((k) => sql`${k}`), sql`, `)}) and locked_until > now()`,
  );
  const retry = Number(rows[0]?.retry ?? 0);
  if (retry > 0) throw tooManyRequests(retry);
}

export async function recordFailure(db: Executor, table: 'login_throttle' | 'owner_login_throttle', rules: ThrottleRule[]) {
  for (const rule of rules) {
    await db.execute(sql`
      insert into ${sql.identifier(table)} as t (key, failures, window_started_at)
      values (${rule.key}, 1, now())
      on conflict (key) do update set
        failures = case when t.window_started_at < now() - make_interval(secs => ${rule.windowSeconds}) then 1 else t.failures + 1 end,
        window_started_at = case when t.window_started_at < now() - make_interval(secs => ${rule.windowSeconds}) then now() else t.window_started_at end,
        locked_until = case
          when t.window_started_at >= now() - make_interval(secs => ${rule.windowSeconds}) and t.failures + 1 >= ${rule.maxFailures}
          then now() + make_interval(secs => ${rule.lockSeconds}) else t.locked_until end`);
  }
}

/** A successful sign-in clears the account's counter (not the address's: one good login must not unlock a spray). */
export async function clearFailures(db: Executor, table: 'login_throttle' | 'owner_login_throttle', email: string) {
  await db.execute(sql`delete from ${sql.identifier(table)} where key = ${`email:${email.toLowerCase()}`}`);
}
