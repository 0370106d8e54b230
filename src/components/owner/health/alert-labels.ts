import type { BadgeTone } from '@/components/ui/badge';

/** How each alert kind reads in the console (the API returns the codes). */
const ALERT_LABELS: Record<string, string> = {
  DATABASE_UNREACHABLE: 'Database unreachable',
  SCHEMA_BEHIND: 'Schema behind',
  BACKUP_OVERDUE: 'Backup overdue',
  BACKUP_FAILED: 'Backup failed',
  STORAGE_NEAR_LIMIT: 'Storage over 90 %',
  ERROR_RATE_HIGH: '5xx over 1 %',
  LATENCY_HIGH: 'p95 over 1 s',
  SERVER_UNREACHABLE: 'Server unreachable',
  SERVER_CONNECTIONS_HIGH: 'Server connections over 80 %',
};

export const alertLabel = (kind: string) => ALERT_LABELS[kind] ?? kind;

export function alertTone(kind: string): BadgeTone {
  return kind === 'DATABASE_UNREACHABLE' || kind === 'SERVER_UNREACHABLE' || kind === 'BACKUP_FAILED'
    ? 'danger'
    : 'warning';
}

/** One line of what was measured, from an alert's detail (figures only). */
export function alertDetail(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(detail)) {
    let shown: string;
    if (typeof value === 'number') shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
    else if (typeof value === 'string' || typeof value === 'boolean') shown = String(value);
    else continue;
    parts.push(`${key}: ${shown}`);
  }
  return parts.join(' · ') || '—';
}
