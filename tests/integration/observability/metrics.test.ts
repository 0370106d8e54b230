import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as metricsRoute } from '@/app/api/metrics/route';
import { GET as listPatients } from '@/app/api/patients/route';
import { startWorkerMetricsServer } from '@/server/operations/health/worker-metrics-server';
import { callRoute } from '@tests/support/http';
import { createOwnerAccount, OWNER_ORIGIN, type OwnerAccount } from '@tests/support/owner-auth';
import { findFreePort } from '@/server/shared/free-port';
import { startPrometheus } from '@tests/support/prometheus';
import { createTestTenant, signIn, type TestTenant } from '@tests/support/tenants';

const TOKEN = 'metrics-token-for-tests-0123456789';

let clinic: TestTenant;
let cookie: string;
let owner: OwnerAccount;
let support: OwnerAccount;

beforeAll(async () => {
  process.env.METRICS_TOKEN = TOKEN;
  clinic = await createTestTenant('metrics');
  cookie = await signIn(clinic.origin, clinic.admin.email, clinic.admin.password);
  [owner, support] = await Promise.all([
    createOwnerAccount('metrics', 'OWNER'),
    createOwnerAccount('metrics', 'SUPPORT'),
  ]);
  for (let i = 0; i < 3; i++) await callRoute(listPatients, { url: `${clinic.origin}/api/patients`, cookie });
});

afterAll(() => {
  delete process.env.METRICS_TOKEN;
});

/** A strict reading of the Prometheus text exposition format: HELP/TYPE lines and `name{labels} value` samples. */
function parsePrometheusText(
  text: string,
): Map<string, Array<{ labels: Record<string, string>; value: number }>> {
  const samples = new Map<string, Array<{ labels: Record<string, string>; value: number }>>();
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (meta) {
      if (meta[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(meta[3]);
        types.set(meta[2]!, meta[3]!);
      }
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.e+-]+|NaN|\+Inf|-Inf)( [0-9]+)?$/.exec(
      line,
    );
    expect(sample, `not a valid sample line: ${line}`).not.toBeNull();
    const labels: Record<string, string> = {};
    for (const m of (sample![3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[m[1]!] = m[2]!;
    const list = samples.get(sample![1]!) ?? [];
    list.push({ labels, value: Number(sample![4]) });
    samples.set(sample![1]!, list);
  }
  expect(types.size).toBeGreaterThan(10);
  return samples;
}

describe('GET /api/metrics', () => {
  it('serves valid Prometheus text with the bearer token, and no clinic id or slug in any label', async () => {
    const res = await fetchMetrics({ authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const samples = parsePrometheusText(text);
    const requests = samples.get('http_request_duration_seconds_count') ?? [];
    expect(
      requests.find((s) => s.labels.route === '/api/patients' && s.labels.plane === 'tenant')?.value,
    ).toBeGreaterThanOrEqual(3);
    for (const name of [
      'http_requests_total',
      'tenant_db_connections',
      'tenant_db_pools',
      'tenant_db_waiting_callers',
      'tenant_db_pool_evictions_total',
      'db_connect_duration_seconds_bucket',
      'tenant_resolver_lookups_total',
      'tenant_provisioning_duration_seconds_count',
      'clinics',
      'owner_database_up',
      'db_server_up',
      'backups_overdue_clinics',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ])
      expect(samples.has(name), name).toBe(true);
    expect(samples.get('owner_database_up')![0]!.value).toBe(1);
    expect(samples.get('clinics')!.find((s) => s.labels.status === 'ACTIVE')!.value).toBeGreaterThanOrEqual(
      1,
    );
    expect(text).not.toContain(clinic.slug);
    expect(text).not.toContain(clinic.tenant.id);
  });

  it('lets a signed-in OWNER read it, but not SUPPORT; 401 without token or session, or with a wrong token', async () => {
    expect((await fetchMetrics({ cookie: owner.cookie })).status).toBe(200);
    expect((await fetchMetrics({ cookie: support.cookie })).status).toBe(403);
    const anonymous = await fetchMetrics({});
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
    expect((await fetchMetrics({ authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(401);
  });

  it('is 404 on a clinic host, even with the token', async () => {
    const res = await callRoute(metricsRoute, {
      url: `${clinic.origin}/api/metrics`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(404);
    // An instance scraped by its own IP address is not a clinic host.
    const byAddress = await callRoute(metricsRoute, {
      url: 'http://10.1.2.3:3000/api/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(byAddress.status).toBe(200);
  });

  it('is scraped by a real Prometheus, and PromQL over its HTTP API returns the request counter', async () => {
    // The real route handler behind a plain node:http server (what scripts/serve.ts does for Next.js).
    const server = http.createServer((req, res) => {
      void (async () => {
        const request = new Request(`http://${req.headers.host}${req.url}`, {
          headers: req.headers as Record<string, string>,
        });
        const response = await metricsRoute(request);
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(await response.text());
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const prometheus = await startPrometheus(`global:
  scrape_interval: 1s
scrape_configs:
  - job_name: smartdmv
    metrics_path: /api/metrics
    authorization:
      credentials: ${TOKEN}
    static_configs:
      - targets: ['localhost:${port}']
`);
    try {
      const deadline = Date.now() + 45_000;
      let value: number | undefined;
      let up: string | undefined;
      while (value === undefined && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1_000));
        const query = encodeURIComponent('sum(http_requests_total{plane="tenant",route="/api/patients"})');
        const body = (await (await fetch(`${prometheus.url}/api/v1/query?query=${query}`)).json()) as {
          status: string;
          data: { result: Array<{ value: [number, string] }> };
        };
        expect(body.status).toBe('success');
        if (body.data.result[0]) value = Number(body.data.result[0].value[1]);
        const upQuery = (await (await fetch(`${prometheus.url}/api/v1/query?query=up`)).json()) as {
          data: { result: Array<{ value: [number, string] }> };
        };
        up = upQuery.data.result[0]?.value[1];
      }
      expect(up).toBe('1');
      expect(value).toBeGreaterThanOrEqual(3);
    } finally {
      await prometheus.stop();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('worker metrics (WORKER_METRICS_PORT)', () => {
  it('serves the worker process metrics on /metrics with the bearer token, 401 without it', async () => {
    const port = await findFreePort();
    const server = startWorkerMetricsServer(port);
    await new Promise((r) => setTimeout(r, 200));
    try {
      const ok = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('# TYPE job_duration_seconds histogram');
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

function fetchMetrics(headers: Record<string, string>): Promise<Response> {
  const h = new Headers({ host: new URL(OWNER_ORIGIN).host, ...headers });
  return metricsRoute(new Request(`${OWNER_ORIGIN}/api/metrics`, { headers: h }));
}
