/**
 * Display formatting shared by server and client components. Times are always rendered in an explicit zone
 * (the practice's), so the server's and the browser's own zones never shift a clinic's appointments.
 */

const LOCALE = 'en-GB';

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

export function formatDate(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(toDate(value));
}

export function formatDateTime(value: string | Date | null | undefined, timeZone: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(toDate(value));
}

export function formatTime(value: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    toDate(value),
  );
}

/** A calendar date (YYYY-MM-DD, no zone) as "Mon 3 Mar". */
export function formatDay(isoDate: string, options: { weekday?: boolean; year?: boolean } = {}): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC',
    weekday: options.weekday === false ? undefined : 'short',
    day: 'numeric',
    month: 'short',
    year: options.year ? 'numeric' : undefined,
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Plain calendar dates (date of birth, expiry) have no time zone: format them as written. */
export function formatPlainDate(isoDate: string | null | undefined): string {
  return isoDate ? formatDay(isoDate, { weekday: false, year: true }) : '—';
}

export function formatMoney(minor: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100);
}

export function formatQuantity(quantity: number, unit?: string): string {
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(quantity);
  if (!unit) return number;
  return `${number} ${quantity === 1 ? unit : pluralUnit(unit)}`;
}

function pluralUnit(unit: string): string {
  if (/^(ml|l|mg|g|kg|µg|mcg)$/i.test(unit) || unit.endsWith('s')) return unit;
  return `${unit}s`;
}

export function formatWeight(kg: number): string {
  return kg < 1
    ? `${Math.round(kg * 1000)} g`
    : `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(kg)} kg`;
}

/** "3 y 2 m", "5 m", "12 d" from a date of birth. */
export function formatAge(dateOfBirth: string | null, now = new Date()): string | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months--;
  if (months < 1) return `${Math.max(0, Math.floor((now.getTime() - Date.UTC(y, m - 1, d)) / 86_400_000))} d`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} m`;
  return rest ? `${years} y ${rest} m` : `${years} y`;
}

/** "FOLLOW_UP" → "Follow up". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
