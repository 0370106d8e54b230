/**
 * An error and the errors it wraps, outermost first. drizzle wraps every driver error ("Failed query: …") and
 * pg-pool, pg-boss and our own code add `cause`s of their own, so whoever asks "is this a unique violation / a
 * refused connection / an AppError from below?" has to look down the chain. The walk is bounded and stops at a
 * cycle, so a hostile or self-referencing error cannot hang the caller.
 */
const MAX_DEPTH = 6;

export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current !== undefined && current !== null && chain.length < MAX_DEPTH && !chain.includes(current)) {
    chain.push(current);
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

/** The first non-undefined answer of `pick` down the chain, outermost first. */
export function findInCauseChain<T>(error: unknown, pick: (error: unknown) => T | undefined): T | undefined {
  for (const link of causeChain(error)) {
    const found = pick(link);
    if (found !== undefined) return found;
  }
  return undefined;
}
