/**
 * A real worker process for tests/integration/operations/several-workers.test.ts: starts this process's job
 * workers (the same startWorkers as `npm run worker`) for two test job types, and records every run with this
 * process's pid in the owner database. Prints "ready <pid>" once the workers run; stops on SIGTERM.
 *
 *   JOB_TEST_SUFFIX=<unique> tsx tests/support/worker-process.ts
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { ownerDb } from '../../src/server/owner/db/client';
import { defineJob } from '../../src/server/operations/jobs/define-job';
import { startWorkers } from '../../src/server/operations/jobs/run-workers';

const suffix = process.env.JOB_TEST_SUFFIX;
if (!suffix) throw new Error('JOB_TEST_SUFFIX is required');
const table = sql.identifier(`job_runs_${suffix.replace(/-/g, '_')}`);

async function record(kind: string, jobId: string, n: number | null) {
  await ownerDb.execute(
    sql`insert into ${table} (kind, job_id, pid, n) values (${kind}, ${jobId}, ${process.pid}, ${n})`,
  );
}

export const tick = defineJob({
  name: `test.tick-${suffix}`,
  payload: z.object({}),
  schedule: { cron: '* * * * *' },
  handler: async (_payload, { jobId }) => record('tick', jobId, null),
});

export const work = defineJob({
  name: `test.work-${suffix}`,
  payload: z.object({ n: z.number().int() }),
  concurrency: 2,
  handler: async ({ n }, { jobId }) => {
    await record('work', jobId, n);
    await new Promise((r) => setTimeout(r, 250));
  },
});

const workers = await startWorkers([tick, work]);
console.log(`ready ${process.pid}`);
process.on('SIGTERM', () => {
  void workers.stop().finally(() => process.exit(0));
});
