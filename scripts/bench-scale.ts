/**
 * `npm run bench:scale -- --tenants 1000 [--seconds 5] [--clients 16] [--move-mb 50] [--keep] [--profile DIR]`
 * Many clinics on one app process, always in a throwaway embedded PostgreSQL (a temporary DATA_DIR). Provisions N
 * clinics through the real provisioning code, starts the production server as `npm start` does (building first if
 * the sources changed), signs in an admin on each over HTTP (POST /api/auth/login), then sends authenticated
 * `GET /api/practices` from --clients concurrent keep-alive callers, each clinic by its own Host. Baselines in the
 * same run:
 *  - GET /api/health/live, a route handler that only answers JSON (the framework's ceiling), against one clinic;
 *  - 50 clinics round-robin, N clinics with Zipf(s = 1) popularity, N clinics round-robin (plus connects/s, from
 *    the app's own db_connect_duration_seconds), all against one clinic;
 *  - peak tenant connections (pg_stat_activity, sampled) against TENANT_POOL_MAX_TOTAL; errors;
 *  - the server's RSS after touching N clinics minus its RSS after touching one, each after a full collection;
 *  - PostgreSQL's CPU per request (from /proc), one clinic against round-robin: what opening connections costs;
 *  - connect cost (SCRAM iterations, TCP against the Unix socket) and queries over 50 connections on each;
 *  - a clinic with --move-mb of data moved to a second embedded server under write load: unavailable time, rows lost.
 * --profile DIR writes the server's CPU profile there (a .cpuprofile for Chrome's DevTools).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { z } from 'zod';
import pLimit from 'p-limit';
import { findFreePort } from '../src/server/shared/free-port';
import { startAppProcess } from './lib/app-process';
import { ensureBuild } from './lib/build-stamp';
import { ensureCluster, parseCliArgs, releaseResources, repoRoot, runCli } from './lib/cli';
import { formatTable } from './lib/format-table';
import { httpClient, type Target } from './lib/http-load';
import { postgresCpuMs } from './lib/postgres-cpu';
import { useThrowawayCluster } from './lib/throwaway-cluster';

const USAGE =
  'Usage: npm run bench:scale -- [--tenants 1000] [--seconds 5] [--clients 16] [--move-mb 50] [--keep] [--profile DIR]';

const args = z.object({
  tenants: z.coerce.number().int().min(2).max(5000).default(1000),
  seconds: z.coerce.number().min(1).max(120).default(5),
  clients: z.coerce.number().int().min(1).max(256).default(16),
  'move-mb': z.coerce.number().int().min(0).max(2000).default(50),
  keep: z.literal(true).optional(),
  profile: z.string().min(1).optional(),
});

const METRICS_TOKEN = 'bench-metrics-token-0123456789abcdef';

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
    env: { OWNER_EMAIL: 'bench@localhost', OWNER_PASSWORD: 'bench-password-123', METRICS_TOKEN },
  });
  const log = (line: string) => console.log(line);
  let app: Awaited<ReturnType<typeof startAppProcess>> | undefined;
  try {
    await ensureCluster();
    const { setupControlPlane } = await import('../src/server/tenancy/setup');
    const { provisionTenant } = await import('../src/server/tenancy/provisioning/provision-tenant');
    const { tenantPools } = await import('../src/server/tenancy/connections/tenant-connections');
    const { clusterConfig } = await import('../src/server/tenancy/cluster/cluster');
    const { env } = await import('../src/env');
    await setupControlPlane();
    const cap = env().TENANT_POOL_MAX_TOTAL;
    // The primary's default capacity is a placement guard, not a limit of this benchmark.
    const { ownerDb } = await import('../src/server/owner/db/client');
    const { databaseServers } = await import('../src/server/owner/db/schema');
    await ownerDb
      .update(databaseServers)
      .set({ capacity: options.tenants + 100 })
      .where(eq(databaseServers.name, 'primary'));

    log(`Provisioning ${options.tenants} clinics …`);
    const admin = { email: 'admin@bench.test', name: 'Bench Admin', password: 'bench-admin-password' };
    const slugs = Array.from({ length: options.tenants }, (_, i) => `bench-${String(i).padStart(5, '0')}`);
    const started = Date.now();
    let provisioned = 0;
    await pLimit(4).map(slugs, async (slug) => {
      await provisionTenant({ name: slug, slug, planCode: 'enterprise', admin });
      if (++provisioned % 100 === 0)
        log(`  ${provisioned}/${options.tenants} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    });
    // The server process opens its own connections; ours would only count against the server's limit.
    await tenantPools().closeAll();

    if (!ensureBuild(repoRoot, path.join(repoRoot, process.env.NEXT_DIST_DIR || '.next'), log))
      throw new Error('the build failed; see the messages above');
    const port = await findFreePort();
    log(`Starting the app on port ${port} …`);
    app = await startAppProcess(port, {
      cpuProfileDir: options.profile && path.resolve(options.profile),
    });
    const http = httpClient(port, options.clients);
    const base = env().BASE_DOMAIN;

    log('Signing in an admin on each clinic …');
    const cookies = new Map<string, string>();
    let signedIn = 0;
    await pLimit(4).map(slugs, async (slug) => {
      const res = await http.request(
        { host: `${slug}.${base}`, path: '/api/auth/login' },
        { method: 'POST', body: { email: admin.email, password: admin.password } },
      );
      if (res.status !== 200) throw new Error(`sign-in failed for ${slug}: ${res.status} ${res.text}`);
      cookies.set(slug, res.setCookie[0]!.split(';')[0]!);
      if (++signedIn % 200 === 0) log(`  ${signedIn}/${options.tenants}`);
    });
    const clinics: Target[] = slugs.map((slug) => ({
      host: `${slug}.${base}`,
      path: '/api/practices',
      cookie: cookies.get(slug)!,
    }));

    // Server-side truth for the connection cap.
    const monitor = new pg.Client({ ...clusterConfig().admin, database: 'postgres' });
    await monitor.connect();
    // Cloning a database writes all of it to the WAL, so provisioning leaves gigabytes for the checkpointer, which
    // spreads the write-back over minutes: it would land in whichever phase runs then. Flush it before measuring.
    log('Checkpoint (write back what provisioning and sign-in dirtied) …');
    await monitor.query('checkpoint');
    const buffersWritten = async () => {
      const { rows } = await monitor.query<{ n: string }>(
        'select buffers_checkpoint + buffers_clean + buffers_backend as n from pg_stat_bgwriter',
      );
      return Number(rows[0]!.n);
    };
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

    const metrics: Target = { host: base, path: '/api/metrics', authorization: `Bearer ${METRICS_TOKEN}` };
    const scrape = async () => {
      const { text } = await http.request(metrics);
      const value = (prefix: string) =>
        Number(
          text
            .split('\n')
            .find((l) => l.startsWith(prefix))
            ?.split(' ')
            .pop() ?? 0,
        );
      return {
        tenantConnects: value('db_connect_duration_seconds_count{plane="tenant"'),
        heapUsedMb: value('nodejs_heap_size_used_bytes') / 1024 / 1024,
      };
    };

    let errors = 0;
    const statuses = new Map<number, number>();
    async function run(label: string, pick: (i: number) => Target) {
      const before = await scrape();
      const pgBefore = postgresCpuMs();
      const writtenBefore = await buffersWritten();
      const result = await http.load(options.seconds, options.clients, pick);
      const pgMsPerRequest = (postgresCpuMs() - pgBefore) / result.requests;
      const writtenMb = ((await buffersWritten()) - writtenBefore) / 128;
      const after = await scrape();
      const connects = (after.tenantConnects - before.tenantConnects) / result.seconds;
      errors += result.errors;
      for (const [status, n] of result.statuses)
        if (status !== 200) statuses.set(status, (statuses.get(status) ?? 0) + n);
      const rssMb = app!.rssBytes() / 1024 / 1024;
      log(
        `  ${label}: ${result.rps.toFixed(0)} req/s, ${connects.toFixed(0)} connects/s, ` +
          `PostgreSQL ${pgMsPerRequest.toFixed(2)} ms CPU/req, ${writtenMb.toFixed(0)} MB written back, ` +
          `RSS ${rssMb.toFixed(0)} MB, heap used ${after.heapUsedMb.toFixed(0)} MB`,
      );
      return { rps: result.rps, connects, pgMsPerRequest };
    }

    log(`Load: ${options.clients} clients, ${options.seconds} s per scenario`);
    const one = clinics[0]!;
    const live: Target = { host: base, path: '/api/health/live' };
    // Warm-up: compile paths, fill caches.
    await run('warm-up (live)', () => live);
    await run('warm-up (one clinic)', () => one);
    const bareRun = await run('bare route (/api/health/live)', () => live);
    const oneRun = await run('one clinic', () => one);
    const rssOne = await app.retainedRssBytes();
    const fifty = clinics.slice(0, Math.min(50, clinics.length));
    const fiftyRun = await run(`${fifty.length} clinics round-robin`, (i) => fifty[i % fifty.length]!);
    const zipf = zipfSampler(clinics.length);
    const zipfRun = await run(`${clinics.length} clinics Zipf`, () => clinics[zipf()]!);
    const rrRun = await run(`${clinics.length} clinics round-robin`, (i) => clinics[i % clinics.length]!);
    const rssAll = await app.retainedRssBytes();
    sampling = false;
    await sampler;
    await monitor.end();
    http.close();
    await app.stop();
    app = undefined;

    const connectRows = await benchConnect(clusterConfig().admin);
    let moveRow: string[] = ['clinic move', 'skipped (--move-mb 0)', '0 lost'];
    if (options['move-mb'] > 0) moveRow = await benchMove(options['move-mb'], log);

    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    const errorDetail = [...statuses].map(([s, n]) => `${n}× ${s || 'connection error'}`).join(', ');
    console.log('');
    console.log(
      formatTable(
        ['figure', 'value', 'ratio / target'],
        [
          ['bare route handler (GET /api/health/live)', `${bareRun.rps.toFixed(0)} req/s`, 'baseline'],
          [
            'one clinic, authenticated GET /api/practices',
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
            `${zipfRun.rps.toFixed(0)} req/s, ${zipfRun.connects.toFixed(0)} connects/s`,
            `${ratio(zipfRun.rps, oneRun.rps)} of one (≥ 0.8×)`,
          ],
          [
            `${clinics.length} clinics round-robin`,
            `${rrRun.rps.toFixed(0)} req/s, ${rrRun.connects.toFixed(0)} connects/s`,
            `${ratio(rrRun.rps, oneRun.rps)} of one (≥ 0.4×)`,
          ],
          [
            'PostgreSQL CPU per request: one clinic / round-robin',
            `${oneRun.pgMsPerRequest.toFixed(2)} / ${rrRun.pgMsPerRequest.toFixed(2)} ms`,
            'what opening a connection costs the server',
          ],
          ['peak tenant connections (pg_stat_activity)', `${peak}`, `cap ${cap} (≤ cap)`],
          ['errors', errors ? `${errors} (${errorDetail})` : '0', '0'],
          [
            `server RSS after ${clinics.length} clinics − after one`,
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
        .join(' ')} (${os.cpus().length} cores shared by the load, the app and PostgreSQL)`,
    );
    return 0;
  } finally {
    await app?.stop();
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

/**
 * The cost of reaching PostgreSQL, on the benchmark's own server:
 * - connect + first query + close (p50 of 100, and the app's CPU): a role whose verifier has the server's default
 *   4,096 iterations against one with 1 (what clinics get); pg's WebCrypto SCRAM against the app's synchronous one
 *   (shared/db/sync-scram.ts); loopback TCP against the server's Unix socket;
 * - queries per second spread over 50 open connections by 16 callers (what many clinics' traffic looks like),
 *   TCP against the Unix socket, with the app side's CPU per query.
 */
async function benchConnect(admin: { host: string; port: number; user: string; password: string }) {
  const { scramVerifier } = await import('../src/server/tenancy/connections/scram-verifier');
  const { quoteLiteral } = await import('../src/server/tenancy/cluster/identifiers');
  const { localSocketDirFor } = await import('../src/server/tenancy/cluster/cluster');
  const { instrumentedClient } = await import('../src/server/shared/observability/instrumented-client');
  const password = 'bench-connect-password-0123456789';
  const socketDir = localSocketDirFor(admin);
  const tcp = { host: admin.host, port: admin.port };
  /** p50 wall time and mean app CPU of connect + first query + close, over 100 (after 10 to warm up). */
  const time = async (
    address: { host: string; port: number },
    user: string,
    Client: typeof pg.Client = pg.Client,
  ) => {
    const sample: number[] = [];
    let cpuMicros = 0;
    for (let i = 0; i < 110; i++) {
      const cpuBefore = process.cpuUsage();
      const t0 = performance.now();
      const c = new Client({ ...address, user, password, database: 'postgres' });
      await c.connect();
      await c.query('select 1');
      const wall = performance.now() - t0;
      await c.end();
      const cpu = process.cpuUsage(cpuBefore);
      if (i < 10) continue;
      sample.push(wall);
      cpuMicros += cpu.user + cpu.system;
    }
    const p50 = sample.sort((a, b) => a - b)[Math.floor(sample.length / 2)]!;
    return { p50, cpuMs: cpuMicros / sample.length / 1000 };
  };
  const describe = (t: { p50: number; cpuMs: number }) =>
    `${t.p50.toFixed(1)} ms p50, app CPU ${t.cpuMs.toFixed(2)} ms`;
  const spreadQueries = async (address: { host: string; port: number }) => {
    const clients = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const c = new pg.Client({ ...address, user: 'bench_fast', password, database: 'postgres' });
        await c.connect();
        return c;
      }),
    );
    const free = [...clients];
    let queries = 0;
    const cpuBefore = process.cpuUsage();
    const t0 = performance.now();
    const until = t0 + 3000;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (performance.now() < until) {
          // The least recently used free connection, as traffic spread over many clinics would pick.
          const c = free.shift()!;
          await c.query('select $1::int as n', [queries]);
          free.push(c);
          queries++;
        }
      }),
    );
    const cpu = process.cpuUsage(cpuBefore);
    const seconds = (performance.now() - t0) / 1000;
    await Promise.all(clients.map((c) => c.end()));
    return { perSecond: queries / seconds, cpuMicros: (cpu.user + cpu.system) / queries };
  };
  const adminClient = new pg.Client({ ...admin, database: 'postgres' });
  await adminClient.connect();
  await adminClient.query(`create role bench_slow login password ${quoteLiteral(password)}`);
  await adminClient.query(`create role bench_fast login password ${quoteLiteral(scramVerifier(password))}`);
  try {
    const slow = await time(tcp, 'bench_slow');
    const fast = await time(tcp, 'bench_fast');
    const sync = await time(tcp, 'bench_fast', instrumentedClient('tenant'));
    const rows = [
      ['TCP connect + query + close, SCRAM 4,096 iterations (before)', describe(slow), 'baseline'],
      [
        '… SCRAM 1 iteration, pg’s WebCrypto SCRAM',
        describe(fast),
        `${(fast.p50 / slow.p50).toFixed(2)}× of before`,
      ],
      [
        '… SCRAM 1 iteration, the app’s synchronous SCRAM (now)',
        describe(sync),
        `${(sync.p50 / slow.p50).toFixed(2)}× of before; CPU ${(sync.cpuMs / fast.cpuMs).toFixed(2)}× of pg’s`,
      ],
    ];
    if (!socketDir) return [...rows, ['Unix socket', 'none (socket path too long)', 'TCP only']];
    const unix = { host: socketDir, port: admin.port };
    const unixConnect = await time(unix, 'bench_fast', instrumentedClient('tenant'));
    const tcpSpread = await spreadQueries(tcp);
    const unixSpread = await spreadQueries(unix);
    return [
      ...rows,
      [
        '… over the Unix socket, the app’s synchronous SCRAM',
        describe(unixConnect),
        `${(unixConnect.p50 / sync.p50).toFixed(2)}× of TCP`,
      ],
      [
        'queries over 50 open connections, TCP / Unix socket',
        `${tcpSpread.perSecond.toFixed(0)} / ${unixSpread.perSecond.toFixed(0)} q/s; ` +
          `app CPU ${tcpSpread.cpuMicros.toFixed(0)} / ${unixSpread.cpuMicros.toFixed(0)} µs/q`,
        `Unix ${(unixSpread.perSecond / tcpSpread.perSecond).toFixed(2)}× of TCP (used)`,
      ],
    ];
  } finally {
    await adminClient.query('drop role bench_slow; drop role bench_fast');
    await adminClient.end();
  }
}
