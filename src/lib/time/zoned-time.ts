/**
 * Wall-clock arithmetic in a practice's IANA time zone, with Intl only (no date library): where an instant falls
 * on the clinic's clock, and which instant a clinic-clock time names. The calendar positions appointments and
 * books slots with these, so a receptionist in another zone still books the clinic's 09:00.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Minutes the zone is ahead of UTC at that instant (e.g. 60 for Europe/Paris in winter). */
function offsetMinutes(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The clinic-clock date (YYYY-MM-DD) and minutes since its midnight of an instant. */
export function toZoned(value: string | Date, timeZone: string): { date: string; minutes: number } {
  const c = wallClock(new Date(value).getTime(), timeZone);
  return { date: `${c.year}-${pad(c.month)}-${pad(c.day)}`, minutes: c.hour * 60 + c.minute };
}

/**
 * The instant at `minutes` past midnight of `date` on the clinic's clock, as an ISO string. In a daylight-saving
 * gap (a time that does not exist) the result is the same wall time in the earlier offset, i.e. one hour later.
 */
export function fromZoned(date: string, minutes: number, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  const second = guess - offsetMinutes(first, timeZone) * 60_000;
  return new Date(second).toISOString();
}

/** Today's date on the clinic's clock. */
export function zonedToday(timeZone: string, now = new Date()): string {
  return toZoned(now, timeZone).date;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "09:30" from minutes since midnight. */
export function minutesLabel(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Minutes since midnight from "HH:MM", or null. */
export function parseClock(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}
