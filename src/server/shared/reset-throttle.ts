import { assertNotThrottled, loginThrottleRules, recordFailure, type ThrottleRule } from './throttle';

type Executor = Parameters<typeof assertNotThrottled>[0];
type Table = 'login_throttle' | 'owner_login_throttle';

/**
 * Password-reset requests are throttled with the sign-in rules and tables, under their own keys (a burst of
 * reset requests must not lock the sign-in itself). Every request counts, successful or not: each one sends mail.
 */
function resetThrottleRules(email: string, ip: string): ThrottleRule[] {
  return loginThrottleRules(email, ip).map((rule) => ({ ...rule, key: `reset:${rule.key}` }));
}

export async function countResetRequest(
  db: Executor,
  table: Table,
  email: string,
  ip: string,
): Promise<void> {
  const rules = resetThrottleRules(email, ip);
  await assertNotThrottled(db, table, rules);
  await recordFailure(db, table, rules);
}
