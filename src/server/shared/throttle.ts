import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { tooManyRequests } from './errors';

/**
 * Failed sign-in throttling shared by every app process (counters live in the database). Works on both planes:
 * the owner database's owner_login_throttle and each tenant database's login_throttle have the same shape.
 */
type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> };

export type ThrottleRule = {
  key: string;
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
  /** Cleared by a successful sign-in of the account (an address's counter never is: one good login must not unlock a spray). */
  account?: boolean;
};

const MINUTE = 60;

/**
 * Three counters per attempt. Guessing one account from one address locks that pair after 5 failures, so an attacker
 * cannot lock the real user out from elsewhere; spraying from one address locks the address after 20; guessing one
 * account from many addresses locks the account for everyone only after 50 in an hour, a slow lock-out an attacker
 * has to keep paying for and the operator sees coming.
 */
export function loginThrottleRules(email: string, ip: string): ThrottleRule[] {
  const account = email.toLowerCase();
  return [
    {
      key: `account-ip:${account}|${ip}`,
      maxFailures: 5,
      windowSeconds: 15 * MINUTE,
      lockSeconds: 15 * MINUTE,
      account: true,
    },
    { key: `ip:${ip}`, maxFailures: 20, windowSeconds: 15 * MINUTE, lockSeconds: 15 * MINUTE },
    {
      key: `email:${account}`,
      maxFailures: 50,
      windowSeconds: 60 * MINUTE,
      lockSeconds: 15 * MINUTE,
      account: true,
    },
  ];
}

/** Throws 429 (with Retry-After) when any key is locked. */
export async function assertNotThrottled(
  db: Executor,
  table: 'login_throttle' | 'owner_login_throttle',
  rules: ThrottleRule[],
) {
  const keys = rules.map((r) => r.key);
  const { rows } = await db.execute(
    sql`select ceil(extract(epoch from max(locked_until) - now()))::int as retry from ${sql.identifier(table)}
        where key in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )}) and locked_until > now()`,
  );
  const retry = Number(rows[0]?.retry ?? 0);
  if (retry > 0) throw tooManyRequests(retry);
}

export async function recordFailure(
  db: Executor,
  table: 'login_throttle' | 'owner_login_throttle',
  rules: ThrottleRule[],
) {
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

/** A successful sign-in clears the account's counters (not the address's: one good login must not unlock a spray). */
export async function clearFailures(
  db: Executor,
  table: 'login_throttle' | 'owner_login_throttle',
  rules: ThrottleRule[],
) {
  const keys = rules.filter((rule) => rule.account).map((rule) => sql`${rule.key}`);
  if (keys.length === 0) return;
  await db.execute(sql`delete from ${sql.identifier(table)} where key in (${sql.join(keys, sql`, `)})`);
}
