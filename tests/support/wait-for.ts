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
