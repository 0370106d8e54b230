/** Number, size and money formatting for the owner console; dates and times are in `@/lib/format/dates`. */
import { formatBytes as formatByteCount } from '@/lib/format-bytes';

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
