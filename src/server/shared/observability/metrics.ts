import client from 'prom-client';

/**
 * The Prometheus metrics of this process (served by GET /api/metrics). One registry per process, on globalThis:
 * Next.js may load this module once per route bundle, and a second registry would split the counters.
 *
 * Labels never carry a clinic id or slug: with 10,000 clinics that would be 10,000 series per metric. Per-clinic
 * figures live in the owner database's health tables instead (see server/operations/health).
 */

const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const r = [registry];
  return {
    registry,
    httpDuration: new client.Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by plane, route template, method and status class',
      labelNames: ['plane', 'route', 'method', 'status_class'] as const,
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: r,
    }),
    httpRequests: new client.Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by plane, route template, method and status class',
      labelNames: ['plane', 'route', 'method', 'status_class'] as const,
      registers: r,
    }),
    connectDuration: new client.Histogram({
      name: 'db_connect_duration_seconds',
      help: 'Time to open one database connection, by plane (owner, tenant)',
      labelNames: ['plane'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: r,
    }),
    slowQueries: new client.Counter({
      name: 'db_slow_queries_total',
      help: 'Queries slower than SLOW_QUERY_MS, by plane',
      labelNames: ['plane'] as const,
      registers: r,
    }),
    resolverLookups: new client.Counter({
      name: 'tenant_resolver_lookups_total',
      help: 'Host to clinic resolutions, by result (hit: from the memory cache, miss: read from the owner database)',
      labelNames: ['result'] as const,
      registers: r,
    }),
    provisioningDuration: new client.Histogram({
      name: 'tenant_provisioning_duration_seconds',
      help: 'Duration of clinic provisioning attempts, by outcome',
      labelNames: ['outcome'] as const,
      buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
      registers: r,
    }),
    provisioningFailures: new client.Counter({
      name: 'tenant_provisioning_failures_total',
      help: 'Clinic provisioning attempts that failed',
      registers: r,
    }),
    jobDuration: new client.Histogram({
      name: 'job_duration_seconds',
      help: 'Background job run time by job type and outcome (recorded by the process that ran the job)',
      labelNames: ['job', 'outcome'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
      registers: r,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const KEY = Symbol.for('smartdmv.metrics');
const holder = globalThis as unknown as { [KEY]?: Metrics };

export function metrics(): Metrics {
  return (holder[KEY] ??= createMetrics());
}

/** The benchmark's "instrumentation off" switch (SMARTDMV_INSTRUMENTATION=off): no metrics, no access log. */
const SWITCH = Symbol.for('smartdmv.instrumentation');
const switchHolder = globalThis as unknown as { [SWITCH]?: boolean };

export function instrumentationEnabled(): boolean {
  return (switchHolder[SWITCH] ??= process.env.SMARTDMV_INSTRUMENTATION !== 'off');
}

export function setInstrumentationEnabled(enabled: boolean): void {
  switchHolder[SWITCH] = enabled;
}

export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}
