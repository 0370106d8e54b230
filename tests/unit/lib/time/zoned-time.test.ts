import { describe, expect, it } from 'vitest';
import { addDays, fromZoned, minutesLabel, parseClock, toZoned } from '@/lib/time/zoned-time';

describe('zoned time', () => {
  it('reads an instant on the clinic clock, across a daylight-saving change', () => {
    // London is UTC+0 in winter and UTC+1 in summer.
    expect(toZoned('2026-01-15T09:30:00Z', 'Europe/London')).toEqual({
      date: '2026-01-15',
      minutes: 9 * 60 + 30,
    });
    expect(toZoned('2026-07-15T09:30:00Z', 'Europe/London')).toEqual({
      date: '2026-07-15',
      minutes: 10 * 60 + 30,
    });
    expect(toZoned('2026-07-15T02:00:00Z', 'America/New_York')).toEqual({
      date: '2026-07-14',
      minutes: 22 * 60,
    });
  });

  it('turns a clinic-clock time into the right instant in winter and summer', () => {
    expect(fromZoned('2026-01-15', 9 * 60, 'Europe/London')).toBe('2026-01-15T09:00:00.000Z');
    expect(fromZoned('2026-07-15', 9 * 60, 'Europe/London')).toBe('2026-07-15T08:00:00.000Z');
    expect(fromZoned('2026-03-10', 17 * 60 + 15, 'America/New_York')).toBe('2026-03-10T21:15:00.000Z');
    expect(fromZoned('2026-03-10', 0, 'UTC')).toBe('2026-03-10T00:00:00.000Z');
  });

  it('round-trips every half hour of the day a clock springs forward, except the hour that does not exist', () => {
    // Europe/Paris skips 02:00–03:00 on 2026-03-29.
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const back = toZoned(fromZoned('2026-03-29', minutes, 'Europe/Paris'), 'Europe/Paris');
      if (minutes >= 120 && minutes < 180) expect(back.minutes).toBe(minutes + 60);
      else expect(back).toEqual({ date: '2026-03-29', minutes });
    }
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('parses and prints wall-clock times', () => {
    expect(parseClock('09:05')).toBe(545);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('9:75')).toBeNull();
    expect(minutesLabel(545)).toBe('09:05');
  });
});
