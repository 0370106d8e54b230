/**
 * The one "now" that billing, dunning and password-reset expiry read. Tests set it instead of sleeping; in
 * production it is the system clock. Database defaults (now()) are not used for those decisions for this reason.
 */
let fixed: Date | null = null;

export function now(): Date {
  return fixed ? new Date(fixed.getTime()) : new Date();
}

/** Tests only: freeze the clock at `at` (null returns to the system clock). */
export function setClock(at: Date | string | null): void {
  fixed = at === null ? null : new Date(at);
}

/** Tests only: move a frozen clock forward. */
export function advanceClock(ms: number): void {
  fixed = new Date(now().getTime() + ms);
}

export const DAY_MS = 24 * 60 * 60 * 1000;
