import { DAY_MS } from '@/server/shared/clock';

export type BillingInterval = 'MONTH' | 'YEAR';

/**
 * Adds one billing interval in UTC. Month ends clamp (Jan 31 → Feb 28/29), keeping the time of day, so a period
 * never skips a month.
 */
export function addInterval(from: Date, interval: BillingInterval, count = 1): Date {
  const months = interval === 'YEAR' ? 12 * count : count;
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      targetYear,
      targetMonth,
      day,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/** Midnight UTC of the day containing `at`. */
function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** Whole UTC calendar days from a's day to b's day (b after a). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((startOfUtcDay(b).getTime() - startOfUtcDay(a).getTime()) / DAY_MS);
}

export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}
