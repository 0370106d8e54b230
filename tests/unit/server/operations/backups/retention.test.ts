import { describe, expect, it } from 'vitest';
import { selectRetained } from '@/server/operations/backups/retention';

const day = (iso: string, n = 0) => ({ id: `${iso}#${n}`, createdAt: new Date(`${iso}T02:00:0${n}Z`) });

function dailyFor(days: number, end = '2026-12-01') {
  const out = [];
  const last = Date.parse(`${end}T00:00:00Z`);
  for (let i = 0; i < days; i++) out.push(day(new Date(last - i * 86_400_000).toISOString().slice(0, 10)));
  return out;
}

describe('backup retention (7 daily, 4 weekly, 12 monthly)', () => {
  const policy = { daily: 7, weekly: 4, monthly: 12 };

  it('keeps exactly the newest of the last 7 days, 4 ISO weeks and 12 months', () => {
    const backups = dailyFor(400);
    const kept = [...selectRetained(backups, policy)].map((id) => id.slice(0, 10)).sort();
    const daily = [
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ];
    // 2026-12-01 is a Tuesday: the newest of each of the last four ISO weeks is that day and the three Sundays before.
    const weekly = ['2026-12-01', '2026-11-29', '2026-11-22', '2026-11-15'];
    // The newest of each of the last twelve months: 1 December, then the last day of each month back to January.
    const monthly = [
      '2026-12-01',
      '2026-11-30',
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
      '2026-07-31',
      '2026-06-30',
      '2026-05-31',
      '2026-04-30',
      '2026-03-31',
      '2026-02-28',
      '2026-01-31',
    ];
    expect(kept).toEqual([...new Set([...daily, ...weekly, ...monthly])].sort());
  });

  it('keeps one per day when a day has several, and everything when there are few', () => {
    const backups = [day('2026-12-01', 1), day('2026-12-01', 2), day('2026-11-30')];
    expect([...selectRetained(backups, policy)].sort()).toEqual(['2026-11-30#0', '2026-12-01#2']);
    expect(selectRetained([], policy).size).toBe(0);
  });

  it('keeps nothing when every count is zero', () => {
    expect(selectRetained(dailyFor(30), { daily: 0, weekly: 0, monthly: 0 }).size).toBe(0);
  });
});
