/** Number and size formatting for the owner console; dates, times and money are in `@/lib/format/`. */
import { formatBytes as formatByteCount } from '@/lib/format-bytes';

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('en-US');
}

export function formatBytes(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '—' : formatByteCount(bytes);
}

export function formatLimit(value: number | null | undefined, kind: 'count' | 'bytes' = 'count'): string {
  if (value === null || value === undefined) return 'Unlimited';
  return kind === 'bytes' ? formatBytes(value) : formatNumber(value);
}
