/**
 * Polls a URL until it answers 2xx (true), the time is up or `stillRunning` says the process behind it has gone
 * (false). For the launchers that start the app and wait for it: `npm start`, the e2e runner, the benchmarks.
 */
export async function waitForOk(
  url: string,
  timeoutMs: number,
  stillRunning: () => boolean = () => true,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && stillRunning()) {
    const ok = await fetch(url).then(
      (res) => res.ok,
      () => false, // not listening yet
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}
