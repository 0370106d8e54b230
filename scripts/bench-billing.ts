/**
 * `npm run bench:billing -- [--clinics 1000] [--concurrency 4] [--keep]`
 * The billing run over N clinics whose period has just ended, each with a month of daily usage snapshots (and
 * overage to bill), in a throwaway embedded PostgreSQL. Prints invoices/s and the total time (target < 60 s for
 * 1,000 clinics), against a baseline measured in the same run: one bare transaction per clinic that inserts one
 * invoice row and one line (what any billing run must at least write). A second run proves it issues nothing twice.
 */
import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { ownerDb } from '../src/server/owner/db/client';
import {
  subscriptionPlans,
  tenantBillingProfiles,
  tenants,
  tenantSubscriptions,
} from '../src/server/owner/db/schema';
import { runBilling } from '../src/server/owner/billing/run-billing';
import { stopJobQueue } from '../src/server/operations/jobs/job-queue';
import { clusterConfig } from '../src/server/tenancy/cluster/cluster';
import { setupControlPlane } from '../src/server/tenancy/setup';
import { tenantStoragePath } from '../src/server/tenancy/provisioning/storage';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';
import { formatTable } from './lib/format-table';
import { seconds } from './lib/stats';
import { useThrowawayCluster } from './lib/throwaway-cluster';
import pLimit from 'p-limit';

const USAGE = 'Usage: npm run bench:billing -- [--clinics 1000] [--concurrency 4] [--keep]';
const args = z.object({
  clinics: z.coerce.number().int().min(1).max(20000).default(1000),
  concurrency: z.coerce.number().int().min(1).max(32).default(4),
  keep: z.literal(true).optional(),
});

const GB = 1024 ** 3;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** N billing-only clinics (rows, no databases: the billing run never opens a clinic database). */
async function addClinics(count: number, periodStart: Date, periodEnd: Date): Promise<string[]> {
  const server = clusterConfig().admin;
  const [plan] = await ownerDb
    .insert(subscriptionPlans)
    .values({
      code: 'bench-metered',
      name: 'Bench Metered',
      priceMinor: 4900,
      currency: 'EUR',
      limits: { maxUsers: 5, maxPractices: null, maxPatients: 500, maxStorageBytes: 10 * GB },
      overagePrices: { users: 900, patients: 10, storageGb: 150 },
    })
    .returning();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 500) {
    const slugs = Array.from(
      { length: Math.min(500, count - i) },
      (_, k) => `bill-${String(i + k).padStart(5, '0')}`,
    );
    const rows = await ownerDb
      .insert(tenants)
      .values(
        slugs.map((slug) => ({
          slug,
          name: `Clinic ${slug}`,
          status: 'ACTIVE' as const,
          dbHost: server.host,
          dbPort: server.port,
          dbName: `tenant_${slug}`,
          dbRole: `tenant_${slug}`,
          storagePath: tenantStoragePath(slug),
        })),
      )
      .returning({ id: tenants.id, slug: tenants.slug });
    await ownerDb.insert(tenantSubscriptions).values(
      rows.map((r) => ({
        tenantId: r.id,
        planId: plan!.id,
        status: 'ACTIVE' as const,
        startedAt: periodStart,
        currentPeriodStart: periodStart,
        currentPeriodEnd: periodEnd,
      })),
    );
    await ownerDb.insert(tenantBillingProfiles).values(
      rows.map((r) => ({
        tenantId: r.id,
        legalName: `${r.slug} Ltd`,
        billingEmail: `billing@${r.slug}.example`,
      })),
    );
    ids.push(...rows.map((r) => r.id));
  }
  // A daily snapshot for every day of the period; every third clinic goes over its limits.
  await ownerDb.execute(sql`
    insert into tenant_usage (tenant_id, period_start, period_end, users, practices, patients, storage_bytes)
    select t.id, d::date, d::date,
           3 + (case when t.n % 3 = 0 then 4 else 0 end), 1,
           300 + (case when t.n % 3 = 0 then 250 else 0 end),
           (5 + (case when t.n % 3 = 0 then 8 else 0 end))::bigint * ${GB}
    from (select id, row_number() over (order by slug) as n from tenants where slug like 'bill-%') t,
         generate_series(${periodStart.toISOString()}::timestamptz, ${periodEnd.toISOString()}::timestamptz - interval '1 day', interval '1 day') d`);
  return ids;
}

/** The baseline: one transaction per clinic writing one invoice and one line, nothing else. */
async function bareInserts(ids: string[], concurrency: number): Promise<number> {
  await ownerDb.execute(
    sql`create table if not exists bench_invoices (id bigserial primary key, tenant_id uuid, total bigint)`,
  );
  await ownerDb.execute(
    sql`create table if not exists bench_invoice_lines (invoice_id bigint, amount bigint)`,
  );
  const started = performance.now();
  await pLimit(concurrency).map(ids, (id) =>
    ownerDb.transaction(async (tx) => {
      const { rows } = await tx.execute<{ id: number }>(
        sql`insert into bench_invoices (tenant_id, total) values (${id}, 4900) returning id`,
      );
      await tx.execute(
        sql`insert into bench_invoice_lines (invoice_id, amount) values (${rows[0]!.id}, 4900)`,
      );
    }),
  );
  return performance.now() - started;
}

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  const root = useThrowawayCluster();
  const loadBefore = load();
  try {
    console.log(`Throwaway embedded PostgreSQL in ${root} …`);
    await ensureCluster(console.log);
    await setupControlPlane();
    const periodEnd = new Date(Date.UTC(2026, 5, 1));
    const periodStart = new Date(Date.UTC(2026, 4, 1));
    console.log(`Adding ${options.clinics} clinics with 31 daily usage snapshots each …`);
    const ids = await addClinics(options.clinics, periodStart, periodEnd);
    console.log('Baseline: one bare invoice + line transaction per clinic …');
    const baselineMs = await bareInserts(ids, options.concurrency);
    console.log('Billing run …');
    const now = new Date(periodEnd.getTime() + 7 * 60_000);
    let lastShown = 0;
    const started = performance.now();
    const first = await runBilling(ownerDb, {
      now,
      concurrency: options.concurrency,
      onProgress: (done, total) => {
        if (done === total || performance.now() - lastShown > 2000) {
          lastShown = performance.now();
          process.stdout.write(`  ${done}/${total} clinics\r`);
        }
      },
    });
    const runMs = performance.now() - started;
    process.stdout.write('\n');
    const againStarted = performance.now();
    const second = await runBilling(ownerDb, { now, concurrency: options.concurrency });
    const againMs = performance.now() - againStarted;
    const { rows: overage } = await ownerDb.execute<{ n: string }>(
      sql`select count(distinct invoice_id) as n from invoice_lines where kind = 'overage'`,
    );
    const perSecond = first.invoicesIssued / (runMs / 1000);
    console.log(
      `\nSmartDMV billing benchmark — ${os.cpus().length} CPUs, ${options.clinics} clinics, concurrency ${options.concurrency}, load ${loadBefore} → ${load()}\n`,
    );
    console.log(
      formatTable(
        ['measure', 'result', 'target'],
        [
          [
            'baseline: bare invoice + line transaction per clinic',
            `${seconds(baselineMs)} (${(ids.length / (baselineMs / 1000)).toFixed(0)}/s)`,
            'baseline',
          ],
          [
            'billing run: invoices issued (with overage lines)',
            `${first.invoicesIssued} (${overage[0]?.n ?? 0})`,
            `${options.clinics}`,
          ],
          [
            'billing run: total time',
            `${seconds(runMs)} — ${(runMs / baselineMs).toFixed(2)}× the baseline`,
            `< 60 s ${runMs < 60_000 ? '✔' : '✘'}`,
          ],
          ['billing run: invoices per second', perSecond.toFixed(0), '≥ 17/s'],
          [
            'second run (nothing due): invoices issued / time',
            `${second.invoicesIssued} / ${seconds(againMs)}`,
            '0',
          ],
        ],
      ),
    );
    return first.invoicesIssued === options.clinics && second.invoicesIssued === 0 ? 0 : 1;
  } finally {
    await stopJobQueue();
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  }
});
