/**
 * Polls `check` until it returns something truthy (a found row, `true`) and returns it, or throws once `timeoutMs`
 * has passed: for what a job, a worker or the mailer does in the background.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 30_000,
  intervalMs = 200,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error('timed out');
}

/**
 * Polls every 50 ms until `check` holds and returns how long that took, or throws after `limitMs`: for asserting
 * how fast a change reaches another process (the two-instance tests' 2-second bound).
 */
export async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
