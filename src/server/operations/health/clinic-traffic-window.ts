import { ownerPool } from '@/server/owner/db/client';
import { quantileFromBuckets } from '@/server/shared/observability/clinic-traffic';

/** Requests, 5xx and p95 (from the merged histograms of every app process) per clinic over the last N minutes. */
export type TrafficSummary = {
  requests: number;
  errors: number;
  p95Ms: number | null;
  lastActivityAt: Date | null;
};

export async function readTrafficWindow(minutes: number): Promise<Map<string, TrafficSummary>> {
  const { rows } = await ownerPool().query<{
    tenant_id: string;
    requests: number;
    errors: number;
    buckets: number[];
    last_minute: Date;
  }>(
    `select tenant_id::text, sum(requests)::int as requests, sum(errors5xx)::int as errors,
            (select array_agg(s::int order by i) from (
               select i, sum(b) as s from tenant_traffic_minutes t2,
                      unnest(t2.latency_buckets) with ordinality as u(b, i)
                where t2.tenant_id = t.tenant_id and t2.minute >= now() - make_interval(mins => $1)
                group by i) x) as buckets,
            max(minute) as last_minute
       from tenant_traffic_minutes t
      where minute >= now() - make_interval(mins => $1)
      group by tenant_id`,
    [minutes],
  );
  return new Map(
    rows.map((r) => [
      r.tenant_id,
      {
        requests: r.requests,
        errors: r.errors,
        p95Ms: quantileFromBuckets(r.buckets ?? [], 0.95),
        lastActivityAt: r.last_minute,
      },
    ]),
  );
}

/** The last minute any app process served the clinic (within the 14 days kept). */
export async function readLastActivity(): Promise<Map<string, Date>> {
  const { rows } = await ownerPool().query<{ tenant_id: string; last: Date }>(
    `select tenant_id::text, max(minute) as last from tenant_traffic_minutes group by tenant_id`,
  );
  return new Map(rows.map((r) => [r.tenant_id, r.last]));
}
