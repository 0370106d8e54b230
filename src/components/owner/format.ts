/**
 * Display formatting for the owner console. Dates are formatted in UTC with the zone shown, because the server
 * renders them and the operator's browser zone is unknown there; one explicit zone beats a silently wrong one.
 */
import { formatBytes as formatByteCount } from '@/lib/format-bytes';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function formatDate(value: Date | string | null | undefined): string {
  return value ? dateFormat.format(toDate(value)) : '—';
}

export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? `${dateTimeFormat.format(toDate(value))} UTC` : '—';
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('en-US');
}

export function formatBytes(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '—' : formatByteCount(bytes);
}

/** Plan prices are stored in minor units (cents). */
export function formatMoney(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}

export function formatLimit(value: number | null | undefined, kind: 'count' | 'bytes' = 'count'): string {
  if (value === null || value === undefined) return 'Unlimited';
  return kind === 'bytes' ? formatBytes(value) : formatNumber(value);
}

/** How long ago, in words an operator reads at a glance: "just now", "12 min ago", "3 h ago", "2 days ago". */
export function formatAge(value: Date | string, now: Date = new Date()): string {
  const seconds = Math.max(0, (now.getTime() - toDate(value).getTime()) / 1000);
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return `${days} days ago`;
}
