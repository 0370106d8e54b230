/**
 * `npm run bench:provision -- --tenants 50 [--noop-tenants 1000] [--concurrency 4] [--keep]`
 * Provisioning and migration benchmark, always in a throwaway embedded PostgreSQL (a temporary DATA_DIR), so it
 * never adds tenants or a probe migration to a real cluster. Prints:
 *  - per-tenant provisioning p50/p95 (registration incl. the password hash, the database part, total, and the database
 *    part step by step) beside the raw `CREATE DATABASE … TEMPLATE` time of the same template, measured interleaved
 *    in the same run, and the ratio;
 *  - `tenants:migrate` with one new trivial migration over those tenants (tenants/s), and a no-op re-run;
 *  - no-op runs over `--noop-tenants` tenants (the extra ones are raw template clones registered as ACTIVE tenants):
 *    the first contact (writes the schema markers), the steady state (reads them), and `--verify` (connects to every
 *    database, the baseline the markers save).
 * The machine's load average is printed with the figures: on a shared machine they scale with it.
 */
import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { MAINTENANCE_DATABASE, withAdminClient } from '../src/server/tenancy/cluster/admin-client';
import { TEMPLATE_DATABASE } from '../src/server/tenancy/cluster/cluster';
import { quoteIdent } from '../src/server/tenancy/cluster/identifiers';
import { migrateTenants } from '../src/server/tenancy/migrations/migrate-tenants';
import {
  PROVISION_STEPS,
  registerTenant,
  runProvisioning,
} from '../src/server/tenancy/provisioning/provision-tenant';
import { setupControlPlane } from '../src/server/tenancy/setup';
import { addCloneTenants } from './lib/bench-clone-tenants';
import { useThrowawayCluster } from './lib/throwaway-cluster';
import { ensureCluster, parseCliArgs, releaseResources, runCli } from './lib/cli';
import { createExtraMigrationFolder } from './lib/extra-migration';
import { formatTable } from './lib/format-table';
import { mean, ms, percentile, seconds } from './lib/stats';

const USAGE =
  'Usage: npm run bench:provision -- [--tenants 50] [--noop-tenants 1000] [--concurrency 4] [--keep]';

const args = z.object({
  tenants: z.coerce.number().int().min(1).max(1000).default(50),
  'noop-tenants': z.coerce.number().int().min(0).max(5000).default(1000),
  concurrency: z.coerce.number().int().min(1).max(64).default(4),
  keep: z.literal(true).optional(),
});

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  const root = useThrowawayCluster();
  const loadBefore = load();
  const started = performance.now();
  const elapsed = () => `(${seconds(performance.now() - started)} elapsed)`;
  try {
    console.log(`Throwaway embedded PostgreSQL in ${root} …`);
    await ensureCluster(console.log);
    await setupControlPlane();
    const { rows } = await withAdminClient(MAINTENANCE_DATABASE, (c) =>
      c.query<{ v: string }>("select current_setting('server_version') as v"),
    );
    console.log(`Cluster and control plane ready ${elapsed()}.`);
    const N = options.tenants;
    const admin = { email: 'admin@bench.test', name: 'Bench Admin', password: 'bench-password-123' };

    // Warm-up (not counted): first-use costs of pools, JIT and the page cache.
    await runProvisioning((await registerTenant({ name: 'Warm-up', slug: 'bench-warmup', admin })).id);

    const clone: number[] = [];
    const register: number[] = [];
    const provision: number[] = [];
    const total: number[] = [];
    const phases = new Map<string, number[]>();
    process.stdout.write(`Provisioning ${N} tenants (each beside one raw template clone) …`);
    await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
      for (let i = 0; i < N; i++) {
        // The raw clones are left in place: the whole cluster is thrown away at the end.
        const [, cloneMs] = await timed(() =>
          client.query(
            `create database ${quoteIdent(`bench_raw_${i}`)} template ${quoteIdent(TEMPLATE_DATABASE)}`,
          ),
        );
        clone.push(cloneMs);
        const [tenant, registerMs] = await timed(() =>
          registerTenant({ name: `Bench ${i}`, slug: `bench-${String(i).padStart(4, '0')}`, admin }),
        );
        let phase = 'lock and checks';
        let phaseStarted = performance.now();
        const endPhase = (next: string) => {
          const now = performance.now();
          phases.set(phase, [...(phases.get(phase) ?? []), now - phaseStarted]);
          phase = next;
          phaseStarted = now;
        };
        const [, provisionMs] = await timed(() =>
          runProvisioning(tenant.id, { beforeStep: (step) => endPhase(step) }),
        );
        endPhase('');
        register.push(registerMs);
        provision.push(provisionMs);
        total.push(registerMs + provisionMs);
      }
    });
    console.log(` done ${elapsed()}.`);

    // One trivial migration rolled out over every tenant (the N above, the warm-up and the default tenant).
    const probe = createExtraMigrationFolder('bench_probe', [
      'CREATE TABLE "bench_probe" ("id" integer PRIMARY KEY)',
    ]);
    const migrate = () => migrateTenants({ folder: probe.folder, concurrency: options.concurrency });
    const [rollout, rolloutMs] = await timed(migrate);
    const [noop, noopMs] = await timed(migrate);

    // Timed phases that write are over. The no-op phase only reads, and the throwaway cluster's fsyncs of a thousand
    // fresh databases (at checkpoints and at shutdown) would only make the run minutes longer.
    await withAdminClient(MAINTENANCE_DATABASE, async (c) => {
      await c.query('alter system set fsync = off');
      await c.query('select pg_reload_conf()');
    });
    const big: Array<{ label: string; count: number; ms: number; notCurrent: number; target: boolean }> = [];
    const extra = options['noop-tenants'] - rollout.results.length;
    if (options['noop-tenants'] > 0 && extra > 0) {
      process.stdout.write(
        `Adding ${extra} more tenant databases (raw template clones) for the no-op runs …`,
      );
      await addCloneTenants(extra);
      console.log(` done ${elapsed()}.`);
      const runs = [
        // Connects to every database: checks its journal and writes its schema marker.
        { label: 'no-op, first contact', verify: false, target: false },
        // What every later run costs: the markers, one query per server.
        { label: 'no-op, steady state', verify: false, target: true },
        // The baseline the markers save: one authenticated connection and journal check per database.
        { label: 'no-op, --verify', verify: true, target: false },
      ];
      for (const run of runs) {
        const [report, bigMs] = await timed(() =>
          migrateTenants({ folder: probe.folder, concurrency: options.concurrency, verify: run.verify }),
        );
        big.push({
          label: `${run.label} (${report.currentByMarker} by marker)`,
          count: report.results.length,
          ms: bigMs,
          notCurrent: report.counts.failed + report.counts.migrated,
          target: run.target,
        });
      }
    }
    probe.remove();

    const rawP50 = percentile(clone, 50);
    const row = (label: string, s: number[]) => [
      label,
      ms(percentile(s, 50)),
      ms(percentile(s, 95)),
      ms(mean(s)),
      `${(percentile(s, 50) / rawP50).toFixed(2)}×`,
    ];
    const rate = (count: number, durationMs: number) => count / (durationMs / 1000);
    const rolloutRate = rate(rollout.results.length, rolloutMs);
    const dbRatio = percentile(provision, 50) / rawP50;
    const totalRatio = percentile(total, 50) / rawP50;
    const stepOrder = ['lock and checks', ...PROVISION_STEPS];

    console.log(
      `\nSmartDMV provisioning benchmark — PostgreSQL ${rows[0]?.v} (embedded), ${os.cpus().length} CPUs, ${N} tenants`,
    );
    console.log(`Load average (1/5/15 min): ${loadBefore} at the start, ${load()} at the end.\n`);
    console.log(
      formatTable(
        ['per tenant', 'p50', 'p95', 'mean', '÷ raw p50'],
        [
          row('raw CREATE DATABASE … TEMPLATE', clone),
          row('provisionTenant, total', total),
          row('  registerTenant: validate, password hash, insert', register),
          row('  runProvisioning: the database part', provision),
          ...stepOrder.map((step) => row(`    ${step}`, phases.get(step) ?? [])),
        ],
      ),
    );
    console.log('');
    const note = (notCurrent: number) => (notCurrent > 0 ? ` (${notCurrent} NOT CURRENT)` : '');
    console.log(
      formatTable(
        ['tenants:migrate', 'tenants', 'time', 'rate', 'target', ''],
        [
          [
            'one new migration',
            `${rollout.counts.migrated}${rollout.counts.failed ? ` (${rollout.counts.failed} FAILED)` : ''}`,
            seconds(rolloutMs),
            `${rolloutRate.toFixed(1)} tenants/s`,
            '≥ 20 tenants/s',
            verdict(rolloutRate >= 20),
          ],
          [
            'no-op re-run',
            String(noop.results.length),
            seconds(noopMs),
            `${rate(noop.results.length, noopMs).toFixed(0)} tenants/s`,
            '',
            '',
          ],
          ...big.map((b) => [
            b.label,
            `${b.count}${note(b.notCurrent)}`,
            seconds(b.ms),
            `${rate(b.count, b.ms).toFixed(0)} tenants/s`,
            b.target ? '< 5 s' : '',
            b.target ? verdict(b.ms < 5000) : '',
          ]),
        ],
      ),
    );
    console.log(
      `\nProvisioning p50 ÷ raw clone p50: database part ${dbRatio.toFixed(2)}× (target ≤ 2×: ${verdict(dbRatio <= 2)}), ` +
        `total including the password hash ${totalRatio.toFixed(2)}×. Migration concurrency ${options.concurrency}.`,
    );
  } finally {
    await releaseResources();
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
    else console.log(`Kept ${root}`);
  }
});
