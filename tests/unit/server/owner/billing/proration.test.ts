import { describe, expect, it } from 'vitest';
import { addInterval } from '@/server/owner/billing/periods';
import { prorate } from '@/server/owner/billing/proration';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('proration to the day', () => {
  it.each([
    // name, old, new, period start, period end, change, total days, remaining, credit, charge
    ['upgrade mid-month', 2900, 9900, '2026-03-01', '2026-04-01', '2026-03-16', 31, 16, -1497, 5110],
    ['downgrade now mid-month', 9900, 2900, '2026-03-01', '2026-04-01', '2026-03-16', 31, 16, -5110, 1497],
    [
      'first of two changes in one period',
      2900,
      9900,
      '2026-03-01',
      '2026-04-01',
      '2026-03-11',
      31,
      21,
      -1965,
      6706,
    ],
    [
      'second of two changes in one period',
      9900,
      29900,
      '2026-03-01',
      '2026-04-01',
      '2026-03-21',
      31,
      11,
      -3513,
      10610,
    ],
    [
      'leap year: change on 29 February, the last day',
      2900,
      9900,
      '2028-02-01',
      '2028-03-01',
      '2028-02-29',
      29,
      1,
      -100,
      341,
    ],
    [
      'change on the last day of February (not leap)',
      2900,
      9900,
      '2026-02-01',
      '2026-03-01',
      '2026-02-28',
      28,
      1,
      -104,
      354,
    ],
    [
      'change on the first day: full amounts',
      2900,
      9900,
      '2026-03-01',
      '2026-04-01',
      '2026-03-01',
      31,
      31,
      -2900,
      9900,
    ],
    [
      'yearly plan over a leap year',
      4900,
      9900,
      '2028-01-01',
      '2029-01-01',
      '2028-09-23',
      366,
      100,
      -1339,
      2705,
    ],
  ])('%s', (_name, oldPrice, newPrice, start, end, change, total, remaining, credit, charge) => {
    const p = prorate({
      oldPriceMinor: oldPrice,
      newPriceMinor: newPrice,
      periodStart: d(start),
      periodEnd: d(end),
      changeAt: new Date(`${change}T13:45:00Z`),
    });
    expect(p).toEqual({
      totalDays: total,
      remainingDays: remaining,
      creditMinor: credit,
      chargeMinor: charge,
      netMinor: credit + charge,
    });
  });

  it('credits and charges for the same plan cancel exactly', () => {
    const p = prorate({
      oldPriceMinor: 3333,
      newPriceMinor: 3333,
      periodStart: d('2026-01-01'),
      periodEnd: d('2026-02-01'),
      changeAt: d('2026-01-07'),
    });
    expect(p.netMinor).toBe(0);
  });

  it('adds months clamping the month end, and years across 29 February', () => {
    expect(addInterval(d('2026-01-31'), 'MONTH').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addInterval(d('2028-01-31'), 'MONTH').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(addInterval(d('2028-02-29'), 'YEAR').toISOString()).toBe('2029-02-28T00:00:00.000Z');
    expect(addInterval(d('2026-12-15'), 'MONTH').toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });
});
