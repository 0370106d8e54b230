/** What a clinic or database server health alert is about. */
export const ALERT_KINDS = [
  'DATABASE_UNREACHABLE',
  'SCHEMA_BEHIND',
  'BACKUP_OVERDUE',
  'BACKUP_FAILED',
  'STORAGE_NEAR_LIMIT',
  'ERROR_RATE_HIGH',
  'LATENCY_HIGH',
  'SERVER_UNREACHABLE',
  'SERVER_CONNECTIONS_HIGH',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Columns the fleet health table sorts by. */
export const HEALTH_SORTS = ['requests', 'p95', 'errors', 'dbSize', 'connections'] as const;
export type HealthSort = (typeof HEALTH_SORTS)[number];
