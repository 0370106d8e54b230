import type { OwnerDb } from '@/server/owner/db/client';
import { notFound } from '@/server/shared/errors';
import { quantileFromBuckets } from '@/server/shared/observability/clinic-traffic';
import type { TenantHealth } from './health.schema';
import { listAlerts } from './list-alerts';

/** One clinic's Health tab: requests, errors, p95 and database size over 24 h (15-min steps) or 7 d (2-h steps). */
const RANGES = { '24h': { hours: 24, step: 15 }, '7d': { hours: 168, step: 120 } } as const;

export async function getTenantHealth(
  db: OwnerDb,
  options: { tenantId: string; range: '24h' | '7d' },
): Promise<TenantHealth> {
  const pool = db.$client;
  const { rows: found } = await pool.query<{ slug: string }>(
    `select slug from tenants where id = $1 and status <> 'DELETED'`,
    [options.tenantId],
  );
  if (!found[0]) throw notFound('Tenant');
  const { hours, step } = RANGES[options.range];
  const [traffic, sizes, latest, alerts] = await Promise.all([
    pool.query<{ minute: Date; requests: number; errors: number; buckets: number[] }>(
      `select minute, requests, errors5xx as errors, latency_buckets as buckets from tenant_traffic_minutes
        where tenant_id = $1 and minute >= now() - make_interval(hours => $2) order by minute`,
      [options.tenantId, hours],
    ),
    pool.query<{ bucket: Date; db_bytes: string | null }>(
      `select to_timestamp(floor(extract(epoch from recorded_at) / ($3 * 60)) * $3 * 60) as bucket,
              max(db_bytes)::text as db_bytes
         from tenant_health_samples
        where tenant_id = $1 and recorded_at >= now() - make_interval(hours => $2)
        group by 1 order by 1`,
      [options.tenantId, hours, step],
    ),
    pool.query<Record<string, unknown>>(
      `select recorded_at, reachable, db_bytes::text, connections, schema_version::text,
              latest_schema_version::text, last_good_backup_at, last_verified_at, storage_bytes::text,
              storage_limit_bytes::text, last_activity_at, flags
         from tenant_health_samples where tenant_id = $1 order by recorded_at desc limit 1`,
      [options.tenantId],
    ),
    listAlerts(db, { status: 'all', limit: 100, tenantId: options.tenantId }),
  ]);
  const points = new Map<number, TenantHealth['points'][number]>();
  const point = (at: Date) => {
    const key = at.getTime();
    let p = points.get(key);
    if (!p) {
      p = { at: at.toISOString(), requests: 0, errors: 0, p95Ms: null, dbBytes: null };
      points.set(key, p);
    }
    return p;
  };
  // Minutes merged into steps in memory (at most 10,080 rows): counts add, histograms add bucket by bucket.
  const merged = new Map<number, number[]>();
  const stepMs = step * 60_000;
  for (const t of traffic.rows) {
    const at = new Date(Math.floor(t.minute.getTime() / stepMs) * stepMs);
    const p = point(at);
    p.requests += t.requests;
    p.errors += t.errors;
    const sum = merged.get(at.getTime()) ?? new Array<number>(t.buckets.length).fill(0);
    t.buckets.forEach((n, i) => (sum[i] = (sum[i] ?? 0) + n));
    merged.set(at.getTime(), sum);
  }
  for (const [key, buckets] of merged) {
    const q = quantileFromBuckets(buckets, 0.95);
    points.get(key)!.p95Ms = q === null ? null : Math.round(q * 10) / 10;
  }
  for (const s of sizes.rows) point(s.bucket).dbBytes = s.db_bytes === null ? null : Number(s.db_bytes);
  const l = latest.rows[0];
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);
  return {
    tenantId: options.tenantId,
    slug: found[0].slug,
    range: options.range,
    stepMinutes: step,
    points: [...points.values()].sort((a, b) => a.at.localeCompare(b.at)),
    latest: l
      ? {
          recordedAt: iso(l.recorded_at)!,
          reachable: Boolean(l.reachable),
          dbBytes: num(l.db_bytes),
          connections: num(l.connections),
          schemaVersion: num(l.schema_version),
          latestSchemaVersion: Number(l.latest_schema_version),
          lastGoodBackupAt: iso(l.last_good_backup_at),
          lastVerifiedAt: iso(l.last_verified_at),
          storageBytes: num(l.storage_bytes),
          storageLimitBytes: num(l.storage_limit_bytes),
          lastActivityAt: iso(l.last_activity_at),
          flags: (l.flags as string[]) ?? [],
        }
      : null,
    alerts,
  };
}
