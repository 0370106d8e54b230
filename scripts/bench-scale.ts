/**
 * `npm run bench:scale -- --tenants 1000 [--seconds 5] [--clients 16] [--move-mb 50] [--keep]`
 * Many clinics on one app process, always in a throwaway embedded PostgreSQL (a temporary DATA_DIR). Provisions N
 * clinics through the real provisioning code, signs in an admin on each (POST /api/auth/login), then sends
 * authenticated `GET /api/practices` with 16 concurrent clients through the real route handlers, in-process (no
 * HTTP listener, so the figures are the app's own cost). Baselines in the same run:
 *  - a bare route handler returning JSON (the framework's ceiling) against one clinic;
 *  - 50 clinics round-robin, N clinics with Zipf(s = 1) popularity, N clinics round-robin (plus connects/s), all
 *    against one clinic;
 *  - peak tenant connections (pg_stat_activity, sampled) against TENANT_POOL_MAX_TOTAL; errors;
 *  - RSS after touching N clinics minus RSS after touching one;
 *  - a clinic with --move-mb of data moved to a second embedded server under write load: unavailable time, rows lost.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { z } from 'zod';
import { formatTable } from './lib/format-table';
import { useThrowawayCluster } from './lib/throwaway-cluster';
import { ensureCluster, parseCliArgs, releaseResources, runCli } from './lib/cli';
import pLimit from 'p-limit';

const USAGE =
  'Usage: npm run bench:scale -- [--tenants 1000] [--seconds 5] [--clients 16] [--move-mb 50] [--keep]';

const args = z.object({
  tenants: z.coerce.number().int().min(2).max(5000).default(1000),
  seconds: z.coerce.number().min(1).max(120).default(5),
  clients: z.coerce.number().int().min(1).max(256).default(16),
  'move-mb': z.coerce.number().int().min(0).max(2000).default(50),
  keep: z.literal(true).optional(),
});

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Clinic = { id: string; slug: string; cookie: string };

async function call(handler: Handler, url: string, init: { cookie?: string; body?: unknown } = {}) {
  const u = new URL(url);
  const headers = new Headers({ host: u.host, origin: u.origin });
  if (init.cookie) headers.set('cookie', init.cookie);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const req = new Request(u, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return handler(req, { params: Promise.resolve({}) });
}

/** Zipf(s = 1) over n ranks: cumulative weights, sampled by binary search. */
function zipfSampler(n: number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k++) cumulative.push((total += 1 / k));
  return () => {
    const x = Math.random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  const root = useThrowawayCluster({
    name: 'scale',
    quiet: false,
    env: { OWNER_EMAIL: 'bench@localhost', OWNER_PASSWORD: 'bench-password-123' },
  });
  const log = (line: string) => console.log(line);
  // The app's info lines (one per provisioned clinic) would bury the report; errors still print.
  const print = console.log.bind(console);
  console.log = (...parts: unknown[]) => {
    if (typeof parts[0] === 'string' && parts[0].startsWith('{"level":"info"')) return;
    print(...parts);
  };
  try {
    await ensureCluster();
    const { setupControlPlane } = await import('../src/server/tenancy/setup');
    const { provisionTenant } = await import('../src/server/tenancy/provisioning/provision-tenant');
    const { POST: login } = await import('../src/app/api/auth/login/route');
    const { GET: practices } = await import('../src/app/api/practices/route');
    const { tenantPools } = await import('../src/server/tenancy/connections/tenant-connections');
    const { clusterConfig } = await import('../src/server/tenancy/cluster/cluster');
    const { env } = await import('../src/env');
    await setupControlPlane();
    const cap = env().TENANT_POOL_MAX_TOTAL;

    log(`Provisioning ${options.tenants} clinics …`);
    const admin = { email: 'admin@bench.test', name: 'Bench Admin', password: 'bench-admin-password' };
    const ids: Array<{ id: string; slug: string }> = [];
    const started = Date.now();
    const slugs = Array.from({ length: options.tenants }, (_, i) => `bench-${String(i).padStart(5, '0')}`);
    await pLimit(4).map(slugs, async (slug) => {
      const t = await provisionTenant({ name: slug, slug, planCode: 'enterprise', admin });
      ids.push({ id: t.id, slug });
      if (ids.length % 100 === 0)
        log(`  ${ids.length}/${options.tenants} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    });
    ids.sort((a, b) => a.slug.localeCompare(b.slug));

    log('Signing in an admin on each clinic …');
    const clinics: Clinic[] = [];
    await pLimit(4).map(ids, async (t) => {
      const res = await call(login, `http://${t.slug}.localhost:3000/api/auth/login`, {
        body: { email: admin.email, password: admin.password },
      });
      if (res.status !== 200) throw new Error(`sign-in failed for ${t.slug}: ${res.status}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      clinics.push({ ...t, cookie });
    });
    clinics.sort((a, b) => a.slug.localeCompare(b.slug));
    await tenantPools().closeAll();

    // Server-side truth for the connection cap.
    const monitor = new pg.Client({ ...clusterConfig().admin, database: 'postgres' });
    await monitor.connect();
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await monitor.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where application_name = 'smartdmv-tenant'",
        );
        peak = Math.max(peak, rows[0]!.n);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    let errors = 0;
    const bare: Handler = async () => Response.json({ data: { ok: true } });
    async function run(label: string, pick: (i: number) => Clinic | null) {
      const connectsBefore = tenantPools().stats().connects;
      const deadline = performance.now() + options.seconds * 1000;
      let done = 0;
      let counter = 0;
      const client = async () => {
        while (performance.now() < deadline) {
          const clinic = pick(counter++);
          const res = clinic
            ? await call(practices, `http://${clinic.slug}.localhost:3000/api/practices`, {
                cookie: clinic.cookie,
              })
            : await call(bare, 'http://localhost:3000/api/bare');
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
          done++;
        }
      };
      const t0 = performance.now();
      await Promise.all(Array.from({ length: options.clients }, client));
      const elapsed = (performance.now() - t0) / 1000;
      const connects = (tenantPools().stats().connects - connectsBefore) / elapsed;
      log(`  ${label}: ${(done / elapsed).toFixed(0)} req/s`);
      return { rps: done / elapsed, connects };
    }

    log(`Load: ${options.clients} clients, ${options.seconds} s per scenario`);
    const one = clinics[0]!;
    // Warm-up: compile paths, fill caches.
    await run('warm-up', () => one);
    const bareRun = await run('bare route', () => null);
    const oneRun = await run('one clinic', () => one);
    const rssOne = process.memoryUsage().rss;
    const fifty = clinics.slice(0, Math.min(50, clinics.length));
    const fiftyRun = await run(`${fifty.length} clinics round-robin`, (i) => fifty[i % fifty.length]!);
    const zipf = zipfSampler(clinics.length);
    const zipfRun = await run(`${clinics.length} clinics Zipf`, () => clinics[zipf()]!);
    const rrRun = await run(`${clinics.length} clinics round-robin`, (i) => clinics[i % clinics.length]!);
    const rssAll = process.memoryUsage().rss;
    sampling = false;
    await sampler;
    await monitor.end();

    const connectRows = await benchConnect(clusterConfig().admin);
    let moveRow: string[] = ['clinic move', 'skipped (--move-mb 0)', '0 lost'];
    if (options['move-mb'] > 0) moveRow = await benchMove(options['move-mb'], log);

    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log('');
    console.log(
      formatTable(
        ['figure', 'value', 'ratio / target'],
        [
          ['bare route handler (JSON)', `${bareRun.rps.toFixed(0)} req/s`, 'baseline'],
          [
            'one clinic, authenticated',
            `${oneRun.rps.toFixed(0)} req/s`,
            `${ratio(oneRun.rps, bareRun.rps)} of bare (≥ 0.5×)`,
          ],
          [
            `${fifty.length} clinics round-robin`,
            `${fiftyRun.rps.toFixed(0)} req/s`,
            `${ratio(fiftyRun.rps, oneRun.rps)} of one (≥ 0.9×)`,
          ],
          [
            `${clinics.length} clinics Zipf(s=1)`,
            `${zipfRun.rps.toFixed(0)} req/s`,
            `${ratio(zipfRun.rps, oneRun.rps)} of one (≥ 0.8×)`,
          ],
          [
            `${clinics.length} clinics round-robin`,
            `${rrRun.rps.toFixed(0)} req/s, ${rrRun.connects.toFixed(0)} connects/s`,
            `${ratio(rrRun.rps, oneRun.rps)} of one (≥ 0.4×)`,
          ],
          ['peak tenant connections (pg_stat_activity)', `${peak}`, `cap ${cap} (≤ cap)`],
          ['errors', `${errors}`, '0'],
          [
            `RSS after ${clinics.length} clinics − after one`,
            `${((rssAll - rssOne) / 1024 / 1024).toFixed(0)} MB`,
            '≤ 150 MB',
          ],
          ...connectRows,
          moveRow,
        ],
      ),
    );
    console.log(
      `load average: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (2 cores shared)`,
    );
    return 0;
  } finally {
    await releaseResources();
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  }
});

/** A clinic with `mb` MB of rows moved to a second embedded server while writers insert; counts lost writes. */
async function benchMove(mb: number, log: (line: string) => void): Promise<string[]> {
  const { startEmbeddedPostgres } = await import('../src/server/tenancy/cluster/embedded-postgres');
  const { provisionTenant } = await import('../src/server/tenancy/provisioning/provision-tenant');
  const { tenantPools } = await import('../src/server/tenancy/connections/tenant-connections');
  const { createServer } = await import('../src/server/owner/servers/create-server');
  const { requestMove } = await import('../src/server/tenancy/moves/request-move');
  const { runMove } = await import('../src/server/tenancy/moves/move-tenant');
  const { ownerDb } = await import('../src/server/owner/db/client');
  const { ownerUsers } = await import('../src/server/owner/db/schema');
  log(`Move: a clinic with ${mb} MB to a second server …`);
  const second = await startEmbeddedPostgres({ dataDir: path.join(process.env.DATA_DIR!, '..', 'second') });
  try {
    const [actor] = await ownerDb.select().from(ownerUsers).limit(1);
    const server = await createServer(ownerDb, {
      input: {
        name: 'second',
        host: '127.0.0.1',
        port: second.port,
        adminUser: second.user,
        adminPassword: second.password,
        capacity: 10,
      },
      context: { actor: actor!, meta: { ipAddress: null, userAgent: null } },
    });
    const tenant = await provisionTenant({
      name: 'Moving',
      slug: 'bench-moving',
      admin: { email: 'a@moving.test', name: 'A', password: 'bench-admin-password' },
    });
    await tenantPools().withDb(tenant.id, (db) =>
      db.execute(
        sql`insert into practices (name, address) select 'p' || g, repeat('x', 1000) from generate_series(1, ${mb * 1000}) g`,
      ),
    );
    const acknowledged: string[] = [];
    let writing = true;
    const writer = async () => {
      while (writing) {
        try {
          const r = await tenantPools().withDb(tenant.id, (db) =>
            db.execute<{ id: string }>(sql`insert into practices (name) values ('w') returning id`),
          );
          acknowledged.push(r.rows[0]!.id);
        } catch {
          await new Promise((r) => setTimeout(r, 10));
        }
      }
    };
    const writers = [writer(), writer()];
    await new Promise((r) => setTimeout(r, 200));
    const move = await requestMove(ownerDb, { tenantId: tenant.id, serverId: server.id });
    const result = await runMove(move.id);
    await new Promise((r) => setTimeout(r, 200));
    writing = false;
    await Promise.all(writers);
    const client = new pg.Client({
      host: '127.0.0.1',
      port: second.port,
      user: second.user,
      password: second.password,
      database: tenant.dbName,
    });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from practices where id = any($1::uuid[])',
      [acknowledged],
    );
    await client.end();
    await tenantPools().closeAll();
    const lost = acknowledged.length - rows[0]!.n;
    return [
      `clinic move (${mb} MB, ${result.rows} rows)`,
      `unavailable ${(result.unavailableMs / 1000).toFixed(2)} s`,
      `${lost} of ${acknowledged.length} acknowledged writes lost (0)`,
    ];
  } finally {
    await second.stop();
  }
}

/** Connect + first query + close, as a role whose verifier has the server's default 4,096 iterations vs 1. */
async function benchConnect(admin: { host: string; port: number; user: string; password: string }) {
  const { scramVerifier } = await import('../src/server/tenancy/connections/scram-verifier');
  const { quoteLiteral } = await import('../src/server/tenancy/cluster/identifiers');
  const password = 'bench-connect-password-0123456789';
  const adminClient = new pg.Client({ ...admin, database: 'postgres' });
  await adminClient.connect();
  await adminClient.query(`create role bench_slow login password ${quoteLiteral(password)}`);
  await adminClient.query(`create role bench_fast login password ${quoteLiteral(scramVerifier(password))}`);
  const time = async (user: string) => {
    const sample: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      const c = new pg.Client({ host: admin.host, port: admin.port, user, password, database: 'postgres' });
      await c.connect();
      await c.query('select 1');
      sample.push(performance.now() - t0);
      await c.end();
    }
    return sample.sort((a, b) => a - b)[Math.floor(sample.length / 2)]!;
  };
  const slow = await time('bench_slow');
  const fast = await time('bench_fast');
  await adminClient.query('drop role bench_slow; drop role bench_fast');
  await adminClient.end();
  return [
    ['TCP connect + query, SCRAM 4,096 iterations (before), p50', `${slow.toFixed(1)} ms`, 'baseline'],
    [
      'TCP connect + query, SCRAM 1 iteration (now), p50',
      `${fast.toFixed(1)} ms`,
      `${(fast / slow).toFixed(2)}× of before`,
    ],
  ];
}
