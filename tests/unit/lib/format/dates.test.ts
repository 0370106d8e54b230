import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatMonth,
  formatPlainDate,
  formatShortDateTime,
  formatTime,
  formatTimeAgo,
} from '@/lib/format/dates';
import { humanize } from '@/lib/format/humanize';

const at = '2026-03-03T23:30:00Z';

describe('date formatting', () => {
  it('shows a clinic time in the practice zone, without naming the zone', () => {
    expect(formatDateTime(at, 'Europe/Berlin')).toBe('4 Mar 2026, 00:30');
    expect(formatDate(at, 'Europe/Berlin')).toBe('4 Mar 2026');
    expect(formatTime(at, 'America/New_York')).toBe('18:30');
  });

  it('shows a console time in UTC and says so', () => {
    expect(formatDateTime(at)).toBe('3 Mar 2026, 23:30 UTC');
    expect(formatDate(new Date(at))).toBe('3 Mar 2026');
    expect(formatShortDateTime(Date.parse(at))).toBe('3 Mar, 23:30');
    expect(formatMonth('2026-03-01T00:00:00Z')).toBe('Mar 2026');
  });

  it('shows a dash for no value', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined, 'UTC')).toBe('—');
    expect(formatPlainDate(null)).toBe('—');
  });

  it('shows calendar dates as written, whatever the zone', () => {
    expect(formatDay('2026-03-02')).toBe('Mon 2 Mar');
    expect(formatDay('2026-03-02', { weekday: false, year: true })).toBe('2 Mar 2026');
    expect(formatPlainDate('2020-12-31')).toBe('31 Dec 2020');
  });

  it('says how long ago in words', () => {
    const now = new Date(at);
    expect(formatTimeAgo(new Date(now.getTime() - 30_000), now)).toBe('just now');
    expect(formatTimeAgo(new Date(now.getTime() - 12 * 60_000), now)).toBe('12 min ago');
    expect(formatTimeAgo(new Date(now.getTime() - 3 * 3_600_000), now)).toBe('3 h ago');
    expect(formatTimeAgo(new Date(now.getTime() - 72 * 3_600_000), now)).toBe('3 days ago');
  });
});

describe('humanize', () => {
  it('turns an enum value into words', () => {
    expect(humanize('FOLLOW_UP')).toBe('Follow up');
    expect(humanize('PAST_DUE')).toBe('Past due');
    expect(humanize('ACTIVE')).toBe('Active');
  });
});
