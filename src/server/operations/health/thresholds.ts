/** When a flag is raised (the alert rules; docs/monitoring.md repeats them for operators). */
export const HEALTH_THRESHOLDS = {
  /** No good backup for this long (and the clinic is older than that). */
  backupOverdueHours: 36,
  storageRatio: 0.9,
  /** 5xx share of requests across the traffic window. */
  errorRate: 0.01,
  p95Ms: 1000,
  trafficWindowMinutes: 15,
  /** Fewer requests than this in the window say nothing about error rate or latency. */
  minRequests: 10,
  serverConnectionsRatio: 0.8,
  retentionDays: 14,
};
