import type { OwnerDb } from '@/server/owner/db/client';
import { quantileFromBuckets } from '@/server/shared/observability/clinic-traffic';
import type { HealthSort } from '@/lib/domain/owner/health';
import type { ClinicHealthRow, HealthOverview, HealthOverviewQuery } from './health.schema';
import { HEALTH_THRESHOLDS } from './thresholds';

/**
 * The owner Health page in one read: cards (clinics by status, servers up, open alerts, overdue backups, failing
 * jobs) and the clinic table with the last 15 minutes of traffic (all app processes, p95 from merged histograms),
 * the latest health sample and the open alert kinds. Sorted so "which clinic loads this server" is the first row.
 */
const SORT_KEY: Record<HealthSort, (r: ClinicHealthRow) => number> = {
  requests: (r) => r.requestsPerMinute,
  p95: (r) => r.p95Ms ?? -1,
  errors: (r) => r.errorRate,
  dbSize: (r) => r.dbBytes ?? -1,
  connections: (r) => r.connections ?? -1,
};

type ClinicRow = {
  id: string;
  slug: string;
  name: string;
  status: string;
  server: string;
  requests: number | null;
  errors: number | null;
  buckets: number[] | null;
  db_bytes: string | null;
  connections: number | null;
  recorded_at: Date | null;
  open_alerts: string[] | null;
};

export async function getHealthOverview(db: OwnerDb, query: HealthOverviewQuery): Promise<HealthOverview> {
  const pool = db.$client;
  const window = HEALTH_THRESHOLDS.trafficWindowMinutes;
  const [statuses, servers, alerts, jobs, clinics] = await Promise.all([
    pool.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from tenants group by status`,
    ),
    pool.query<{
      server: string;
      reachable: boolean;
      connections: number | null;
      max_connections: number | null;
      db_bytes: string | null;
      clinics: number;
      recorded_at: Date;
    }>(
      `select distinct on (server) server, reachable, connections, max_connections, db_bytes::text, clinics, recorded_at
         from db_server_health_samples where recorded_at > now() - interval '1 day'
        order by server, recorded_at desc`,
    ),
    pool.query<{ open: number; overdue: number }>(
      `select count(*)::int as open, count(*) filter (where kind = 'BACKUP_OVERDUE')::int as overdue
         from health_alerts where resolved_at is null`,
    ),
    pool
      .query<{ job: string; failed: number }>(
        `select name as job, count(*)::int as failed from pgboss.job
          where state = 'failed' and completed_on > now() - interval '1 day' group by name order by 2 desc`,
      )
      .catch(() => ({ rows: [] as Array<{ job: string; failed: number }> })),
    pool.query<ClinicRow>(
      `select t.id::text, t.slug, t.name, t.status, t.db_host || ':' || t.db_port as server,
              tr.requests, tr.errors, hb.buckets, s.db_bytes::text, s.connections, s.recorded_at, oa.open_alerts
         from tenants t
         left join lateral (
           select sum(requests)::int as requests, sum(errors5xx)::int as errors from tenant_traffic_minutes m
            where m.tenant_id = t.id and m.minute >= now() - make_interval(mins => $1)) tr on true
         left join lateral (
           select array_agg(x.s::int order by x.i) as buckets from (
             select u.i, sum(u.b) as s from tenant_traffic_minutes m,
                    unnest(m.latency_buckets) with ordinality as u(b, i)
              where m.tenant_id = t.id and m.minute >= now() - make_interval(mins => $1) group by u.i) x) hb on true
         left join lateral (
           select db_bytes, connections, recorded_at from tenant_health_samples h
            where h.tenant_id = t.id order by recorded_at desc limit 1) s on true
         left join lateral (
           select array_agg(kind order by kind) as open_alerts from health_alerts a
            where a.tenant_id = t.id and a.resolved_at is null) oa on true
        where t.status <> 'DELETED'`,
      [window],
    ),
  ]);
  const rows: ClinicHealthRow[] = clinics.rows.map((r) => ({
    tenantId: r.id,
    slug: r.slug,
    name: r.name,
    status: r.status,
    server: r.server,
    requestsPerMinute: Math.round(((r.requests ?? 0) / window) * 100) / 100,
    p95Ms: r.buckets ? roundMs(quantileFromBuckets(r.buckets, 0.95)) : null,
    errorRate: r.requests ? (r.errors ?? 0) / r.requests : 0,
    dbBytes: r.db_bytes === null ? null : Number(r.db_bytes),
    connections: r.connections,
    flags: r.open_alerts ?? [],
    sampledAt: r.recorded_at ? r.recorded_at.toISOString() : null,
  }));
  const key = SORT_KEY[query.sort];
  const sign = query.order === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * (key(a) - key(b)) || a.slug.localeCompare(b.slug));
  const serverList = servers.rows.map((s) => ({
    server: s.server,
    reachable: s.reachable,
    connections: s.connections,
    maxConnections: s.max_connections,
    dbBytes: s.db_bytes === null ? null : Number(s.db_bytes),
    clinics: s.clinics,
    sampledAt: s.recorded_at.toISOString(),
  }));
  const lastCheck = serverList.reduce<string | null>(
    (a, s) => (!a || s.sampledAt > a ? s.sampledAt : a),
    null,
  );
  return {
    clinicsByStatus: Object.fromEntries(statuses.rows.map((s) => [s.status, s.n])),
    servers: { up: serverList.filter((s) => s.reachable).length, total: serverList.length, list: serverList },
    openAlerts: alerts.rows[0]?.open ?? 0,
    overdueBackups: alerts.rows[0]?.overdue ?? 0,
    failingJobs: jobs.rows,
    lastCheckAt: lastCheck,
    clinics: rows.slice(0, query.limit),
  };
}

function roundMs(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
