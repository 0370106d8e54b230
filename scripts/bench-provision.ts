/**
 * `npm run bench:provision -- --tenants 50 [--noop-tenants 1000] [--concurrency 4] [--keep]`
 * Provisioning and migration benchmark, always in a throwaway embedded PostgreSQL (a temporary DATA_DIR), so it
 * never adds tenants or a probe migration to a real cluster. Prints:
 *  - per-tenant provisioning p50/p95 (registration incl. the scrypt hash, database part, total) beside the raw
 *    `CREATE DATABASE … TEMPLATE` time of the same template, measured interleaved in the same run, and the ratio;
 *  - `tenants:migrate` with one new trivial migration over those tenants (tenants/s), and a no-op re-run;
 *  - a no-op run over `--noop-tenants` tenants (extra ones are raw template clones registered as ACTIVE tenants).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { resetEnvForTests } from '../src/env';
import { ownerDb } from '../src/server/owner/db/client';
import { tenants } from '../src/server/owner/db/schema';
import { MAINTENANCE_DATABASE, withAdminClient } from '../src/server/tenancy/admin-client';
import { clusterConfig, TEMPLATE_DATABASE } from '../src/server/tenancy/cluster';
import { quoteIdent } from '../src/server/tenancy/identifiers';
import { migrateTenants } from '../src/server/tenancy/migrate-tenants';
import { registerTenant, runProvisioning } from '../src/server/tenancy/provision-tenant';
import { setupControlPlane } from '../src/server/tenancy/setup';
import { tenantStoragePath } from '../src/server/tenancy/storage';
import { ensureCluster, parseCliArgs, releaseResources, runCli } from './lib/cli';
import { createExtraMigrationFolder } from './lib/extra-migration';
import { formatTable } from './lib/format-table';
import { mean, ms, percentile, seconds } from './lib/stats';

const USAGE = 'Usage: npm run bench:provision -- [--tenants 50] [--noop-tenants 1000] [--concurrency 4] [--keep]';

const args = z.object({
  tenants: z.coerce.number().int().min(1).max(1000).default(50),
  'noop-tenants': z.coerce.number().int().min(0).max(5000).default(1000),
  concurrency: z.coerce.number().int().min(1).max(64).default(4),
  keep: z.literal(true).optional(),
});

/** A private cluster: no OWNER_DATABASE_URL, so the embedded launcher runs one in a temporary DATA_DIR. */
function useThrowawayCluster(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-bench-'));
  fs.chmodSync(root, 0o755); // as root, the postgres OS user must reach the cluster folder inside
  for (const name of ['OWNER_DATABASE_URL', 'DATABASE_URL', 'PGUSER', 'PGPASSWORD', 'PGHOST', 'PGPORT', 'OWNER_EMAIL', 'OWNER_PASSWORD']) {
    delete process.env[name];
  }
  Object.assign(process.env, {
    DATA_DIR: path.join(root, 'data'),
    STORAGE_ROOT: path.join(root, 'storage'),
    // Keeps the per-tenant info log lines out of the report; the cluster is a throwaway test environment.
    NODE_ENV: 'test',
  });
  resetEnvForTests();
  return root;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  const root = useThrowawayCluster();
  try {
    const benchStarted = performance.now();
    const elapsed = () => `(${seconds(performance.now() - benchStarted)} elapsed)`;
    console.log(`Throwaway embedded PostgreSQL in ${root} …`);
    await ensureCluster(console.log);
    await setupControlPlane();
    console.log(`Cluster and control plane ready ${elapsed()}.`);
    const version = await withAdminClient(MAINTENANCE_DATABASE, (c) => c.query<{ v: string }>("select current_setting('server_version') as v"));
    const N = options.tenants;
    const admin = { email: 'admin@bench.test', name: 'Bench Admin', password: 'bench-password-123' };

    // Warm-up (not counted): first-use costs of pools, JIT and the page cache.
    await runProvisioning((await registerTenant({ name: 'Warm-up', slug: 'bench-warmup', admin })).id);

    const clone: number[] = [];
    const register: number[] = [];
    const provision: number[] = [];
    const total: number[] = [];
    process.stdout.write(`Provisioning ${N} tenants (each beside one raw template clone) …`);
    await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
      for (let i = 0; i < N; i++) {
        const [, cloneMs] = await timed(() =>
          client.query(`create database ${quoteIdent(`bench_raw_${i}`)} template ${quoteIdent(TEMPLATE_DATABASE)}`),
        );
        clone.push(cloneMs);
        const slug = `bench-${String(i).padStart(4, '0')}`;
        const [tenant, registerMs] = await timed(() => registerTenant({ name: `Bench ${i}`, slug, admin }));
        const [, provisionMs] = await timed(() => runProvisioning(tenant.id));
        register.push(registerMs);
        provision.push(provisionMs);
        total.push(registerMs + provisionMs);
      }
      // The raw clones are left in place: the whole cluster is thrown away at the end.
    });
    console.log(` done ${elapsed()}.`);

    const rawP50 = percentile(clone, 50);
    const row = (label: string, s: number[]) => [label, ms(percentile(s, 50)), ms(percentile(s, 95)), ms(mean(s)), `${(percentile(s, 50) / rawP50).toFixed(2)}×`];

    // One trivial migration rolled out over every tenant (the N above, the warm-up and the default tenant).
    const probe = createExtraMigrationFolder('bench_probe', ['CREATE TABLE "bench_probe" ("id" integer PRIMARY KEY)']);
    const [rollout, rolloutMs] = await timed(() => migrateTenants({ folder: probe.folder, concurrency: options.concurrency }));
    const [noop, noopMs] = await timed(() => migrateTenants({ folder: probe.folder, concurrency: options.concurrency }));

    // Timed phases that write are over. The no-op phase only reads, and the throwaway cluster's fsyncs of a thousand
    // fresh databases (at checkpoints and at shutdown) would only make the run minutes longer.
    await withAdminClient(MAINTENANCE_DATABASE, async (c) => {
      await c.query('alter system set fsync = off');
      await c.query('select pg_reload_conf()');
    });

    let bigNoop: { count: number; ms: number; failed: number; setupMs: number } | undefined;
    const extra = options['noop-tenants'] - rollout.results.length;
    if (options['noop-tenants'] > 0 && extra > 0) {
      process.stdout.write(`Adding ${extra} more tenant databases (raw template clones) for the no-op run …`);
      const [, setupMs] = await timed(() => addCloneTenants(extra));
      console.log(` done ${elapsed()}.`);
      const [big, bigMs] = await timed(() => migrateTenants({ folder: probe.folder, concurrency: options.concurrency }));
      bigNoop = { count: big.results.length, ms: bigMs, failed: big.counts.failed + big.counts.migrated, setupMs };
    }
    probe.remove();

    const rolloutRate = rollout.results.length / (rolloutMs / 1000);
    const dbRatio = percentile(provision, 50) / rawP50;
    const totalRatio = percentile(total, 50) / rawP50;
    console.log(`\nSmartDMV provisioning benchmark — PostgreSQL ${version.rows[0]?.v} (embedded), ${os.cpus().length} CPUs, ${N} tenants\n`);
    console.log(
      formatTable(
        ['per tenant', 'p50', 'p95', 'mean', '÷ raw p50'],
        [
          row('raw CREATE DATABASE … TEMPLATE', clone),
          row('provisionTenant, total', total),
          row('  register: validate, scrypt hash, insert', register),
          row('  runProvisioning: role, database, grants, folders, admin', provision),
        ],
      ),
    );
    console.log('');
    const failedNote = (failed: number) => (failed > 0 ? ` (${failed} FAILED)` : '');
    console.log(
      formatTable(
        ['tenants:migrate', 'tenants', 'time', 'rate', 'target', ''],
        [
          ['one new migration', String(rollout.counts.migrated) + failedNote(rollout.counts.failed), seconds(rolloutMs), `${rolloutRate.toFixed(1)} tenants/s`, '≥ 20 tenants/s', verdict(rolloutRate >= 20)],
          ['no-op re-run', String(noop.results.length), seconds(noopMs), `${(noop.results.length / (noopMs / 1000)).toFixed(0)} tenants/s`, '', ''],
          ...(bigNoop
            ? [['no-op, many tenants', String(bigNoop.count) + failedNote(bigNoop.failed), seconds(bigNoop.ms), `${(bigNoop.count / (bigNoop.ms / 1000)).toFixed(0)} tenants/s`, '< 5 s', verdict(bigNoop.ms < 5000)]]
            : []),
        ],
      ),
    );
    console.log(
      `\nProvisioning p50 vs raw clone p50: database part ${dbRatio.toFixed(2)}× (target ≤ 2×: ${verdict(dbRatio <= 2)}), ` +
        `total with the scrypt hash ${totalRatio.toFixed(2)}×. Migration concurrency ${options.concurrency}.`,
    );
    if (bigNoop) console.log(`(Creating the ${bigNoop.count - rollout.results.length} extra clones took ${seconds(bigNoop.setupMs)}; not part of any figure.)`);
  } finally {
    await releaseResources();
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
    else console.log(`Kept ${root}`);
  }
});

/** Extra tenants for the no-op run: clones of the (current) template registered as ACTIVE, two clones at a time. */
async function addCloneTenants(count: number): Promise<void> {
  const server = clusterConfig().admin;
  const names = Array.from({ length: count }, (_, i) => `noop-${String(i).padStart(5, '0')}`);
  let next = 0;
  const worker = () =>
    withAdminClient(MAINTENANCE_DATABASE, async (client) => {
      while (next < names.length) {
        const slug = names[next++]!;
        await client.query(`create database ${quoteIdent(`tenant_${slug}`)} template ${quoteIdent(TEMPLATE_DATABASE)}`);
      }
    });
  await Promise.all([worker(), worker()]);
  for (let i = 0; i < names.length; i += 500) {
    await ownerDb.insert(tenants).values(
      names.slice(i, i + 500).map((slug) => ({
        slug,
        name: slug,
        status: 'ACTIVE' as const,
        dbHost: server.host,
        dbPort: server.port,
        dbName: `tenant_${slug}`,
        dbRole: `tenant_${slug}`,
        storagePath: tenantStoragePath(slug),
      })),
    );
  }
}
