/**
 * `npm run bench:observability -- [--seconds 3] [--rounds 6] [--concurrency 8]`
 * The cost of logging and metrics: authenticated clinic reads (GET /api/patients, 50 patients, through the real
 * route handler and withTenant) with the instrumentation on (access log line per request written as JSON to
 * /dev/null, request metrics, per-clinic traffic, slow-query timing) against the same code with it off (the
 * benchmark-only switch), in alternating rounds of the same run, in a throwaway embedded PostgreSQL.
 * Prints requests/s of each mode, p50/p95 latency and the ratio on/off (target ≥ 0.9).
 */
import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { ensureCluster, parseCliArgs, releaseResources, runCli } from './lib/cli';
import { formatTable } from './lib/format-table';
import { useThrowawayCluster } from './lib/throwaway-cluster';
import { percentile } from './lib/stats';

const USAGE = 'Usage: npm run bench:observability -- [--seconds 3] [--rounds 6] [--concurrency 8]';
const args = z.object({
  seconds: z.coerce.number().min(0.5).max(60).default(3),
  rounds: z.coerce.number().int().min(2).max(40).default(6),
  concurrency: z.coerce.number().int().min(1).max(64).default(8),
});

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  const root = useThrowawayCluster({
    name: 'obs',
    env: {
      OWNER_EMAIL: '',
      OWNER_PASSWORD: '',
      NODE_ENV: 'production',
      NEXTAUTH_SECRET: 'bench-secret-bench-secret-bench',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    },
  });
  try {
    console.log(`Throwaway embedded PostgreSQL in ${root} …`);
    await ensureCluster(console.log);
    // Imported after the environment is set: these modules read it when first used.
    const { setupControlPlane } = await import('../src/server/tenancy/setup');
    const { provisionTenant } = await import('../src/server/tenancy/provisioning/provision-tenant');
    const { getTenantDatabase } = await import('../src/server/tenancy/connections/tenant-connections');
    const { clients, patients, practices } = await import('../src/server/tenant/db/schema');
    const { POST: login } = await import('../src/app/api/auth/login/route');
    const { GET: listPatients } = await import('../src/app/api/patients/route');
    const { redirectLogs, setLoggingDisabled } = await import('../src/server/shared/logger');
    const { setInstrumentationEnabled } = await import('../src/server/shared/observability/metrics');
    await setupControlPlane();
    const admin = { email: 'admin@bench.test', name: 'Bench Admin', password: 'bench-password-123' };
    await provisionTenant({ name: 'Bench', slug: 'bench-obs', admin });
    const db = await getTenantDatabase('bench-obs');
    const [practice] = await db.select({ id: practices.id }).from(practices);
    const [client] = await db
      .insert(clients)
      .values({ practiceId: practice!.id, name: 'Bench Owner' })
      .returning({ id: clients.id });
    await db.insert(patients).values(
      Array.from({ length: 50 }, (_, i) => ({
        practiceId: practice!.id,
        clientId: client!.id,
        name: `Pet ${i}`,
        species: 'DOG',
      })),
    );
    const origin = 'http://bench-obs.localhost:3000';
    const signIn = await login(
      new Request(`${origin}/api/auth/login`, {
        method: 'POST',
        headers: { host: 'bench-obs.localhost:3000', 'content-type': 'application/json', origin },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      }),
    );
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    // Log lines are really serialised and written, to /dev/null instead of the terminal.
    const devNull = fs.openSync('/dev/null', 'w');
    redirectLogs((line) => fs.writeSync(devNull, line));

    const read = async (): Promise<number> => {
      const started = performance.now();
      const res = await listPatients(
        new Request(`${origin}/api/patients`, { headers: { host: 'bench-obs.localhost:3000', cookie } }),
        { params: Promise.resolve({}) },
      );
      await res.text();
      if (res.status !== 200) throw new Error(`GET /api/patients answered ${res.status}`);
      return performance.now() - started;
    };
    const round = async (seconds: number) => {
      const latencies: number[] = [];
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          while (performance.now() < deadline) latencies.push(await read());
        }),
      );
      return latencies;
    };
    const setMode = (on: boolean) => {
      setInstrumentationEnabled(on);
      setLoggingDisabled(!on);
    };

    process.stdout.write('Warming up …');
    setMode(true);
    await round(1);
    setMode(false);
    await round(1);
    console.log(' done.');
    const results = { on: [] as number[], off: [] as number[] };
    const time = { on: 0, off: 0 };
    for (let i = 0; i < options.rounds; i++) {
      // Alternate which mode goes first in each pair, so drift in machine load hits both alike.
      const mode = i % 4 === 0 || i % 4 === 3 ? 'on' : 'off';
      setMode(mode === 'on');
      const latencies = await round(options.seconds);
      results[mode].push(...latencies);
      time[mode] += options.seconds;
      process.stdout.write(`  round ${i + 1}/${options.rounds} (${mode}): ${latencies.length} reads\n`);
    }
    setMode(true);
    redirectLogs(null);
    const rps = (mode: 'on' | 'off') => results[mode].length / time[mode];
    const ratio = rps('on') / rps('off');
    console.log(
      formatTable(
        ['mode', 'reads/s', 'p50', 'p95'],
        (['off', 'on'] as const).map((mode) => [
          mode === 'on' ? 'logging + metrics on' : 'off (baseline)',
          rps(mode).toFixed(0),
          `${percentile(results[mode], 50).toFixed(1)} ms`,
          `${percentile(results[mode], 95).toFixed(1)} ms`,
        ]),
      ),
    );
    console.log(
      `\nThroughput with instrumentation: ${ratio.toFixed(3)}× the baseline (target ≥ 0.9: ${ratio >= 0.9 ? 'met' : 'MISSED'}); ` +
        `concurrency ${options.concurrency}, ${options.rounds} × ${options.seconds} s rounds; load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}.`,
    );
  } finally {
    await releaseResources();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
