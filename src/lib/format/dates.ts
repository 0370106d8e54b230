/**
 * Dates and times as people read them ("3 Mar 2026", "3 Mar 2026, 14:05"), the same on the server and in the
 * browser. Every instant is shown in an explicit zone, so neither machine's own zone shifts it:
 * - clinic pages pass the practice's zone (appointments are at the clinic's wall-clock time);
 * - the console passes none: UTC, and `formatDateTime` then names the zone, because the operator's own zone is
 *   unknown where the page is rendered and one stated zone beats a silently wrong one.
 * Calendar dates without a time (a date of birth, an expiry) have no zone and are shown as written.
 */

/** A moment: a Date, an ISO string from the API, or epoch milliseconds. */
type Instant = Date | string | number;

const LOCALE = 'en-GB';
const UTC = 'UTC';
const EMPTY = '—';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and pages format hundreds of values: one per shape and zone. */
function formatter(
  shape: string,
  options: Intl.DateTimeFormatOptions,
  timeZone: string,
): Intl.DateTimeFormat {
  const key = `${shape}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

function toDate(value: Instant): Date {
  return value instanceof Date ? value : new Date(value);
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** "3 Mar 2026" in `timeZone` (UTC when none is given); "—" for no value. */
export function formatDate(value: Instant | null | undefined, timeZone: string = UTC): string {
  return value ? formatter('date', DATE, timeZone).format(toDate(value)) : EMPTY;
}

/**
 * "3 Mar 2026, 14:05" in the practice's `timeZone`; without one, in UTC and labelled so
 * ("3 Mar 2026, 14:05 UTC"). "—" for no value.
 */
export function formatDateTime(value: Instant | null | undefined, timeZone?: string): string {
  if (!value) return EMPTY;
  const text = formatter('date-time', { ...DATE, ...TIME }, timeZone ?? UTC).format(toDate(value));
  return timeZone === undefined ? `${text} UTC` : text;
}

/** "14:05" in `timeZone`. */
export function formatTime(value: Instant, timeZone: string): string {
  return formatter('time', TIME, timeZone).format(toDate(value));
}

/** "3 Mar, 14:05" (no year, no zone label): chart axes, where the caption states the zone. */
export function formatShortDateTime(value: Instant, timeZone: string = UTC): string {
  return formatter('short-date-time', { day: 'numeric', month: 'short', ...TIME }, timeZone).format(
    toDate(value),
  );
}

/** "Mar 2026". */
export function formatMonth(value: Instant, timeZone: string = UTC): string {
  return formatter('month', { month: 'short', year: 'numeric' }, timeZone).format(toDate(value));
}

/** A calendar date (YYYY-MM-DD, no zone) as "Mon 3 Mar"; `weekday: false` and `year: true` change that. */
export function formatDay(isoDate: string, options: { weekday?: boolean; year?: boolean } = {}): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = options.weekday !== false;
  const shape: Intl.DateTimeFormatOptions = {
    weekday: weekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: options.year ? 'numeric' : undefined,
  };
  return formatter(`day-${weekday}-${Boolean(options.year)}`, shape, UTC).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Plain calendar dates (date of birth, expiry) have no time zone: "3 Mar 2026" as written, "—" for none. */
export function formatPlainDate(isoDate: string | null | undefined): string {
  return isoDate ? formatDay(isoDate, { weekday: false, year: true }) : EMPTY;
}

/** How long ago, in words read at a glance: "just now", "12 min ago", "3 h ago", "2 days ago". */
export function formatTimeAgo(value: Instant, now: Date = new Date()): string {
  const seconds = Math.max(0, (now.getTime() - toDate(value).getTime()) / 1000);
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
