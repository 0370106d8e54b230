import { sql } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { logger } from '@/server/shared/logger';
import { drainTraffic, onFirstTraffic, restoreTraffic } from '@/server/shared/observability/clinic-traffic';

/**
 * Writes this process's per-clinic traffic to `tenant_traffic_minutes` every few seconds, *adding* to what other
 * processes wrote for the same clinic and minute (counts and histogram buckets alike), so the stored figures are
 * the fleet's and p95 comes from the merged histogram. Started by the first clinic request of the process.
 */
const FLUSH_MS = Number(process.env.TRAFFIC_FLUSH_MS) || 10_000;

type FlusherState = { timer?: NodeJS.Timeout; running?: Promise<void> };
const KEY = Symbol.for('smartdmv.trafficFlusher');
const holder = globalThis as unknown as { [KEY]?: FlusherState };
const state = (): FlusherState => (holder[KEY] ??= {});

/** Writes everything recorded so far; what fails to write is kept for the next attempt. */
export async function flushClinicTraffic(): Promise<number> {
  const cells = drainTraffic();
  if (cells.length === 0) return 0;
  try {
    const rows = sql.join(
      cells.map(
        (c) =>
          sql`(${c.tenantId}::uuid, ${c.minute.toISOString()}::timestamptz, ${c.requests}::int, ${c.errors}::int, ${`{${c.buckets.join(',')}}`}::int[])`,
      ),
      sql`, `,
    );
    await ownerDb.execute(sql`
      insert into tenant_traffic_minutes as t (tenant_id, minute, requests, errors5xx, latency_buckets)
      select v.tenant_id, v.minute, v.requests, v.errors, v.buckets
      from (values ${rows}) as v(tenant_id, minute, requests, errors, buckets)
      where exists (select 1 from tenants where tenants.id = v.tenant_id)
      on conflict (tenant_id, minute) do update set
        requests = t.requests + excluded.requests,
        errors5xx = t.errors5xx + excluded.errors5xx,
        latency_buckets = (
          select array_agg(coalesce(a, 0) + coalesce(b, 0) order by i)
          from unnest(t.latency_buckets, excluded.latency_buckets) with ordinality as u(a, b, i)
        )`);
    return cells.length;
  } catch (error) {
    restoreTraffic(cells);
    logger.warn('could not write clinic traffic; will retry', { error, cells: cells.length });
    return 0;
  }
}

function start(): void {
  const s = state();
  if (s.timer) return;
  s.timer = setInterval(() => {
    if (s.running) return;
    s.running = flushClinicTraffic()
      .then(() => undefined)
      .finally(() => (s.running = undefined));
  }, FLUSH_MS);
  s.timer.unref();
}

onFirstTraffic(start);
