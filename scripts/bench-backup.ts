/**
 * `npm run bench:backup -- [--size 200] [--clinics 200] [--keep]`
 * Backup and restore benchmark, always in a throwaway embedded PostgreSQL (a temporary DATA_DIR). Prints, from the
 * same run:
 *  - backup of one clinic of bulk realistic data (≥ --size MB of database) against a raw `pg_dump -Fc` of the same
 *    database (target ≤ 1.2×);
 *  - in-place restore of that backup against a raw `pg_restore` into an empty database (target ≤ 1.5×);
 *  - the time to back up --clinics small clinics with the default concurrency (clinics/s), and one clinic's request
 *    throughput (GET /api/patients, in-process handlers) while that runs, against the same with no backup running.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { POST as login } from '../src/app/api/auth/login/route';
import { GET as listPatientsRoute } from '../src/app/api/patients/route';
import { ownerDb } from '../src/server/owner/db/client';
import type { Tenant } from '../src/server/owner/db/schema';
import { SETTINGS_DEFAULTS } from '../src/server/owner/settings/settings.schema';
import { backupMany } from '../src/server/operations/backups/backup-many';
import { pgTools, runPgTool } from '../src/server/operations/backups/pg-tools';
import { restoreInPlace } from '../src/server/operations/backups/restore-in-place';
import { takeBackup } from '../src/server/operations/backups/take-backup';
import { MAINTENANCE_DATABASE, withAdminClient } from '../src/server/tenancy/cluster/admin-client';
import { clusterConfig } from '../src/server/tenancy/cluster/cluster';
import { provisionTenant } from '../src/server/tenancy/provisioning/provision-tenant';
import { setupControlPlane } from '../src/server/tenancy/setup';
import { getTenantDatabase } from '../src/server/tenancy/connections/tenant-connections';
import { DEMO_TENANTS } from '../src/server/tenant/demo/demo-catalogue';
import { seedDemoClinic } from '../src/server/tenant/demo/seed-demo-clinic';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';
import { formatTable } from './lib/format-table';
import { useThrowawayCluster } from './lib/throwaway-cluster';
import { seconds } from './lib/stats';

const USAGE = 'Usage: npm run bench:backup -- [--size 200] [--clinics 200] [--keep]';
const args = z.object({
  size: z.coerce.number().int().min(10).max(20000).default(200),
  clinics: z.coerce.number().int().min(1).max(2000).default(200),
  keep: z.literal(true).optional(),
});

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const admin = { email: 'admin@bench.test', name: 'Bench Admin', password: 'bench-password-123' };

/** Bulk realistic rows (clients, patients, SOAP records) until the database reaches `targetMb`. */
async function fillClinic(database: string, targetMb: number): Promise<number> {
  return withAdminClient(database, async (client) => {
    const ids = await client.query<{ practice: string; author: string }>(
      `select (select id from practices limit 1) as practice, (select id from users where role = 'VETERINARIAN' limit 1) as author`,
    );
    const { practice, author } = ids.rows[0]!;
    const size = async () =>
      Number(
        (await client.query<{ b: string }>('select pg_database_size(current_database())::text as b')).rows[0]!
          .b,
      );
    let round = 0;
    while ((await size()) < targetMb * 1024 * 1024) {
      round++;
      await client.query(
        `with c as (
           insert into clients (practice_id, name, email, phone, address, notes, communication_consent)
           select $1, 'Client ' || $2 || '-' || g, 'client' || $2 || '-' || g || '@example.com',
                  '+44 20 7946 ' || lpad((g % 10000)::text, 4, '0'), g || ' High Street, Springfield, SP' || (g % 90 + 10) || ' 4AB',
                  'Prefers morning appointments; pays by card. Two pets registered.', g % 3 = 0
           from generate_series(1, 5000) g returning id
         ), p as (
           insert into patients (practice_id, client_id, name, species, breed, sex, neutered, date_of_birth, colour, allergies)
           select $1, c.id, (array['Bella','Max','Luna','Charlie','Milo','Daisy'])[1 + (random() * 5)::int],
                  (array['Dog','Cat','Rabbit'])[1 + (random() * 2)::int], 'Mixed', 'FEMALE', random() < 0.6,
                  date '2015-01-01' + (random() * 3000)::int, 'Brown', case when random() < 0.1 then 'Penicillin' end
           from c, generate_series(1, 2) returning id
         )
         insert into medical_records (practice_id, patient_id, author_id, visit_at, subjective, objective, assessment, plan,
                                      temperature_c, heart_rate, respiratory_rate, weight_kg, body_condition_score, pain_score, diagnoses)
         select $1, p.id, $3, now() - (random() * 1500) * interval '1 day',
                'Owner reports reduced appetite for three days and mild lethargy; no vomiting or diarrhoea observed. Drinking normally. ' || md5(random()::text),
                'Alert and responsive. Mucous membranes pink and moist, CRT under 2 s. Mild dental tartar. Abdomen soft, non-painful on palpation. ' || md5(random()::text),
                'Suspected mild gastritis; differential includes dietary indiscretion. Dental disease grade 1.',
                'Bland diet for five days, recheck in one week if not improved. Discussed dental scale and polish. ' || md5(random()::text),
                38.5, 90 + (random() * 40)::int, 20 + (random() * 10)::int, 4 + random() * 30, 5, (random() * 3)::int,
                '[{"code":"K29.7","label":"Gastritis"}]'::jsonb
         from p, generate_series(1, 3)`,
        [practice, round, author],
      );
    }
    return size();
  });
}

/** GET /api/patients requests per second from `workers` concurrent callers for `ms`. */
async function throughput(origin: string, cookie: string, ms: number, workers = 4): Promise<number> {
  let count = 0;
  const until = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < until) {
      const url = `${origin}/api/patients?limit=20`;
      const res = await listPatientsRoute(
        new Request(url, { headers: { host: new URL(url).host, cookie } }),
        { params: Promise.resolve({}) },
      );
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET /api/patients answered ${res.status}`);
      count++;
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return count / (ms / 1000);
}

const verdict = (ratio: number, target: number) => (ratio <= target ? 'met' : 'MISSED');

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  const root = useThrowawayCluster({
    name: 'backup',
    env: { OWNER_EMAIL: 'owner@bench.test', OWNER_PASSWORD: 'bench-owner-password' },
  });
  try {
    console.log(`Throwaway embedded PostgreSQL in ${root} …`);
    await ensureCluster(console.log);
    await setupControlPlane();
    const tools = await pgTools();
    const server = clusterConfig().admin;

    // 1. One big clinic.
    const big = await provisionTenant({
      name: 'Bench Big',
      slug: 'bench-big',
      planCode: 'enterprise',
      admin,
    });
    await seedDemoClinic(await getTenantDatabase(big.id), {
      spec: DEMO_TENANTS[0]!,
      password: admin.password,
      timezone: 'UTC',
    });
    process.stdout.write(`Filling ${big.slug} to ≥ ${options.size} MB …`);
    const [bytes, fillMs] = await timed(() => fillClinic(big.dbName, options.size));
    console.log(` ${(bytes / 1024 / 1024).toFixed(0)} MB in ${seconds(fillMs)}.`);
    const scratch = path.join(root, 'raw');
    fs.mkdirSync(scratch);
    const target = { ...server, database: big.dbName };

    // Warm-up (not counted): page cache and first-use costs.
    await runPgTool(tools.pgDump, ['--format=custom', '--file', path.join(scratch, 'warm.dump')], target);
    const [, rawDumpMs] = await timed(() =>
      runPgTool(tools.pgDump, ['--format=custom', '--file', path.join(scratch, 'raw.dump')], target),
    );
    const [backup, backupMs] = await timed(() => takeBackup(ownerDb, { tenantId: big.id, kind: 'manual' }));
    if (backup.status !== 'complete') throw new Error(`bench backup failed: ${backup.error}`);
    const [, rawDumpMs2] = await timed(() =>
      runPgTool(tools.pgDump, ['--format=custom', '--file', path.join(scratch, 'raw2.dump')], target),
    );
    const dumpBaseline = (rawDumpMs + rawDumpMs2) / 2;

    await withAdminClient(MAINTENANCE_DATABASE, (c) =>
      c.query('create database bench_raw_restore template template0'),
    );
    const [, rawRestoreMs] = await timed(() =>
      runPgTool(tools.pgRestore, [path.join(scratch, 'raw.dump')], {
        ...server,
        database: 'bench_raw_restore',
      }),
    );
    const [, restoreMs] = await timed(() =>
      restoreInPlace(ownerDb, { tenantId: big.id, backupId: backup.id }),
    );

    // 2. Many small clinics, and one clinic's throughput beside them.
    process.stdout.write(`Provisioning ${options.clinics} small clinics …`);
    const small: Tenant[] = [];
    for (let i = 0; i < options.clinics; i += 4) {
      small.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(4, options.clinics - i) }, (_, j) =>
            provisionTenant({
              name: `Small ${i + j}`,
              slug: `small-${String(i + j).padStart(4, '0')}`,
              admin,
            }),
          ),
        )),
      );
    }
    console.log(' done.');
    const probe = await provisionTenant({
      name: 'Probe',
      slug: 'bench-probe',
      planCode: 'enterprise',
      admin,
    });
    await seedDemoClinic(await getTenantDatabase(probe.id), {
      spec: DEMO_TENANTS[0]!,
      password: admin.password,
      timezone: 'UTC',
    });
    const origin = `http://bench-probe.localhost:3000`;
    const signIn = await login(
      new Request(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { host: 'bench-probe.localhost:3000', 'content-type': 'application/json', origin },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      }),
      { params: Promise.resolve({}) },
    );
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    await throughput(origin, cookie, 2000); // warm-up
    const idleRps = await throughput(origin, cookie, 8000);
    const concurrency = SETTINGS_DEFAULTS.backupConcurrency;
    let duringRps = 0;
    const [outcomes, manyMs] = await timed(async () => {
      const run = backupMany(ownerDb, { tenants: small, kind: 'scheduled', concurrency });
      await new Promise((r) => setTimeout(r, 500));
      duringRps = await throughput(origin, cookie, 8000);
      return run;
    });
    const failed = outcomes.filter((o) => o.error).length;

    const backupRatio = backupMs / dumpBaseline;
    const restoreRatio = restoreMs / rawRestoreMs;
    console.log(
      `\nbench:backup — ${(bytes / 1024 / 1024).toFixed(0)} MB clinic database, pg_dump ${tools.version}, ${os.cpus().length} cores, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    console.log(
      formatTable(
        ['measure', 'SmartDMV', 'baseline (same run)', 'ratio', 'target'],
        [
          [
            'backup (dump + files + manifest)',
            seconds(backupMs),
            `${seconds(dumpBaseline)} raw pg_dump -Fc`,
            `${backupRatio.toFixed(2)}×`,
            `≤ 1.2× ${verdict(backupRatio, 1.2)}`,
          ],
          [
            'in-place restore (all steps)',
            seconds(restoreMs),
            `${seconds(rawRestoreMs)} raw pg_restore`,
            `${restoreRatio.toFixed(2)}×`,
            `≤ 1.5× ${verdict(restoreRatio, 1.5)}`,
          ],
          [
            `${small.length} small clinics, concurrency ${concurrency}`,
            `${(small.length / (manyMs / 1000)).toFixed(1)} clinics/s`,
            `${seconds(manyMs)} total, ${failed} failed`,
            '',
            '',
          ],
          [
            'one clinic GET /api/patients during that',
            `${duringRps.toFixed(0)} req/s`,
            `${idleRps.toFixed(0)} req/s with no backup`,
            `${(duringRps / idleRps).toFixed(2)}×`,
            '',
          ],
        ],
      ),
    );
    return failed > 0 ? 1 : 0;
  } finally {
    if (!options.keep) {
      const { releaseResources } = await import('./lib/cli');
      await releaseResources();
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
});
