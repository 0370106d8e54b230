import crypto from 'node:crypto';

/** Whether an Authorization header carries METRICS_TOKEN. Constant-time: the token cannot be guessed byte by byte. */
export function metricsTokenMatches(
  header: string | null | undefined,
  expected: string | undefined,
): boolean {
  if (!expected) return false;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  if (!match) return false;
  const a = crypto.createHash('sha256').update(match[1]!).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}
