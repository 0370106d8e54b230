import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { jobQueue } from '@/server/operations/jobs/job-queue';
import { uniqueSlug } from '@tests/support/factories';

/**
 * Two real worker processes (each runs startWorkers, as two `npm run worker` would) against the test database:
 * every queued job runs exactly once between them, and a every-minute schedule fires once per minute, not once
 * per process.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const suffix = uniqueSlug('mw').replace(/[^a-z0-9-]/g, '');
const table = sql.identifier(`job_runs_${suffix.replace(/-/g, '_')}`);
// The same definition the children run, for enqueueing from here.
const work = defineJob({
  name: `test.work-${suffix}`,
  payload: z.object({ n: z.number().int() }),
  handler: async () => {},
});

const children: ChildProcess[] = [];
/** The worker processes' own pids (tsx runs the script in a child of the process we spawn). */
const workerPids = new Set<number>();
let output = '';

function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['tests/support/worker-process.ts'], {
    cwd: ROOT,
    env: { ...process.env, JOB_TEST_SUFFIX: suffix, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 60_000);
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const ready = /ready (\d+)/.exec(d.toString());
      if (ready) {
        workerPids.add(Number(ready[1]));
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
  });
}

async function runs(kind: string) {
  const { rows } = await ownerDb.execute<{ job_id: string; pid: number; n: number | null; at: Date }>(
    sql`select job_id, pid, n, created_at as at from ${table} where kind = ${kind} order by created_at`,
  );
  return rows;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out:\n${output}`);
}

beforeAll(async () => {
  await ownerDb.execute(
    sql`create table ${table} (kind text not null, job_id uuid not null, pid int not null, n int,
        created_at timestamptz not null default clock_timestamp())`,
  );
  await Promise.all([startWorkerProcess(), startWorkerProcess()]);
}, 120_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : Promise.resolve())),
  );
  const boss = await jobQueue();
  await boss.unschedule(`test.tick-${suffix}`).catch(() => {});
  await ownerDb.execute(sql`drop table if exists ${table}`);
}, 60_000);

describe('several worker processes', () => {
  it('run each queued job exactly once between them', async () => {
    const pids = workerPids;
    expect(pids.size).toBe(2);
    await Promise.all(Array.from({ length: 40 }, (_, n) => enqueueJob(work, { n })));
    await waitFor(async () => (await runs('work')).length >= 40, 60_000);
    await new Promise((r) => setTimeout(r, 3_000)); // time for any duplicate to show up
    const done = await runs('work');
    expect(done).toHaveLength(40);
    expect(new Set(done.map((r) => r.n)).size).toBe(40);
    expect(new Set(done.map((r) => r.job_id)).size).toBe(40);
    for (const r of done) expect(pids).toContain(r.pid);
    // Both processes took part: the work was shared, not merely done by one of them.
    expect(new Set(done.map((r) => r.pid)).size).toBe(2);
  }, 90_000);

  it('fire an every-minute schedule once per minute, not once per process', async () => {
    await waitFor(async () => (await runs('tick')).length >= 2, 200_000);
    await new Promise((r) => setTimeout(r, 10_000)); // a duplicate of the last minute would have run by now
    const ticks = await runs('tick');
    // The jobs the schedule created: pg-boss creates each within seconds of its minute starting.
    const created = await ownerDb.execute<{ id: string; minute: string }>(
      sql`select id, to_char(created_on at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as minute
          from pgboss.job where name = ${`test.tick-${suffix}`}`,
    );
    const minutes = created.rows.map((r) => r.minute);
    // One job per minute: no minute appears twice, however many processes watch the clock…
    expect(new Set(minutes).size).toBe(minutes.length);
    // …and each ran once.
    expect(ticks.map((t) => t.job_id).sort()).toEqual(
      created.rows
        .map((r) => r.id)
        .filter((id) => ticks.some((t) => t.job_id === id))
        .sort(),
    );
    expect(new Set(ticks.map((t) => t.job_id)).size).toBe(ticks.length);
    const { rows } = await ownerDb.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.schedule where name = ${`test.tick-${suffix}`}`,
    );
    expect(rows[0]!.n).toBe(1);
  }, 240_000);
});
