import { daysBetween } from './periods';

export type ProrationInput = {
  /** Price of one full period of each plan, minor units. */
  oldPriceMinor: number;
  newPriceMinor: number;
  periodStart: Date;
  periodEnd: Date;
  /** When the change takes effect; its own day counts as a day on the new plan. */
  changeAt: Date;
};

export type Proration = {
  totalDays: number;
  remainingDays: number;
  /** Negative: the unused days on the old plan. */
  creditMinor: number;
  /** Positive: the remaining days on the new plan. */
  chargeMinor: number;
  netMinor: number;
};

/**
 * Proration to the day: credit the unused days of the old plan, charge the same days on the new one. Each amount
 * is rounded half away from zero to the minor unit on its own, so a credit and a charge for the same plan cancel
 * exactly. Several changes in one period are several calls, each from the plan then in force.
 */
export function prorate(input: ProrationInput): Proration {
  const totalDays = Math.max(1, daysBetween(input.periodStart, input.periodEnd));
  const elapsed = Math.min(Math.max(0, daysBetween(input.periodStart, input.changeAt)), totalDays);
  const remainingDays = totalDays - elapsed;
  const part = (price: number) => roundHalfAway((price * remainingDays) / totalDays);
  const creditMinor = -part(input.oldPriceMinor);
  const chargeMinor = part(input.newPriceMinor);
  return { totalDays, remainingDays, creditMinor, chargeMinor, netMinor: creditMinor + chargeMinor };
}

function roundHalfAway(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}
