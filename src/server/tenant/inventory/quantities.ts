import { z } from 'zod';

/**
 * Stock quantities are numeric(12,3) in PostgreSQL: up to 9 digits before the point and 3 after. The API speaks
 * JSON numbers; values go to SQL as fixed-point strings so the database, not floating point, does the arithmetic.
 */
const MAX_QUANTITY = 999_999_999.999;

function hasAtMostThreeDecimals(n: number): boolean {
  const scaled = n * 1000;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** What the value is once stored at three decimals: 1e-10 becomes 0, which must never reach the ledger. */
const roundsToNonZero = (n: number) => Math.round(Math.abs(n) * 1000) !== 0;
const NON_ZERO_MESSAGE = 'Enter a quantity of at least 0.001.';

/** A strictly positive amount such as a received or dispensed quantity. */
export const positiveQuantity = z
  .number()
  .positive('Must be greater than zero.')
  .max(MAX_QUANTITY)
  .refine(roundsToNonZero, NON_ZERO_MESSAGE)
  .refine(hasAtMostThreeDecimals, 'Use at most three decimal places.');

/** A zero-or-more amount such as a reorder level. */
export const nonNegativeQuantity = z
  .number()
  .min(0, 'Must not be negative.')
  .max(MAX_QUANTITY)
  .refine(hasAtMostThreeDecimals, 'Use at most three decimal places.');

/** A non-zero signed change, e.g. a stock count correction. */
export const quantityDelta = z
  .number()
  .min(-MAX_QUANTITY)
  .max(MAX_QUANTITY)
  .refine((n) => n !== 0, 'Must not be zero.')
  .refine(roundsToNonZero, NON_ZERO_MESSAGE)
  .refine(hasAtMostThreeDecimals, 'Use at most three decimal places.');

/** The SQL literal for a validated quantity, exact to three decimals. */
export function toDecimal(n: number): string {
  return n.toFixed(3);
}

/** numeric columns come back from node-postgres as strings; the API answers with numbers. */
export function fromDecimal(value: string): number {
  return Number(value);
}
