import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { logger } from '@/server/shared/logger';
import { metrics } from '@/server/shared/observability/metrics';
import { REQUEST_ID_FIELD, type AnyJobDefinition, type JobContext, type JobLogger } from './define-job';
import { allJobs } from './job-registry';
import { ensureQueue, jobQueue, stopJobQueue } from './job-queue';

/**
 * Starts this process's workers: one pg-boss worker per unit of each job type's concurrency, and the cron
 * schedules. Safe to run in several processes at once: a job is fetched by one worker only, and pg-boss's clock
 * fires each schedule once per period across all of them.
 */
export async function startWorkers(
  jobs: AnyJobDefinition[] = allJobs(),
): Promise<{ stop: () => Promise<void> }> {
  const boss = await jobQueue('worker');
  for (const definition of jobs) {
    await ensureQueue(definition);
    for (let i = 0; i < (definition.concurrency ?? 1); i++)
      await boss.work<object>(definition.name, { batchSize: 1, pollingIntervalSeconds: 2 }, ([job]) =>
        runJob(definition, job!),
      );
  }
  await syncSchedules(boss, jobs);
  logger.info('job workers started', { jobTypes: jobs.length });
  return {
    stop: () => stopJobQueue(),
  };
}

async function syncSchedules(boss: PgBoss, jobs: AnyJobDefinition[]): Promise<void> {
  const wanted = new Map(jobs.filter((j) => j.schedule).map((j) => [j.name, j.schedule!.cron]));
  for (const [name, cron] of wanted) await boss.schedule(name, cron, {}, { tz: 'UTC' });
  // A job type whose schedule was removed from the code stops firing.
  for (const existing of await boss.getSchedules())
    if (!wanted.has(existing.name) && jobs.some((j) => j.name === existing.name))
      await boss.unschedule(existing.name);
}

type BossJob = PgBoss.Job<object> & { retryCount?: number };

async function runJob(definition: AnyJobDefinition, job: BossJob): Promise<unknown> {
  const { [REQUEST_ID_FIELD]: requestId, ...data } = (job.data ?? {}) as Record<string, unknown>;
  const payload = definition.payload.parse(data);
  const tenantId = (payload as { tenantId?: unknown }).tenantId;
  const fields = {
    jobId: job.id,
    job: definition.name,
    ...(typeof tenantId === 'string' ? { tenantId } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
  const log: JobLogger = logger.child(fields);
  if (definition.tenant && typeof tenantId === 'string') {
    const [tenant] = await ownerDb
      .select({ status: tenants.status })
      .from(tenants)
      .where(eq(tenants.id, tenantId));
    if (!tenant || (!definition.tenant.allowInactive && tenant.status !== 'ACTIVE')) {
      log.info('job skipped: clinic not active', { status: tenant?.status ?? 'missing' });
      return { skipped: tenant?.status ?? 'missing' };
    }
  }
  const context: JobContext = { jobId: job.id, name: definition.name, retryCount: job.retryCount ?? 0, log };
  const started = performance.now();
  try {
    const result = await definition.handler(payload, context);
    const seconds = (performance.now() - started) / 1000;
    metrics().jobDuration.observe({ job: definition.name, outcome: 'completed' }, seconds);
    log.info('job completed', { durationMs: Math.round(seconds * 1000) });
    return result;
  } catch (error) {
    const seconds = (performance.now() - started) / 1000;
    metrics().jobDuration.observe({ job: definition.name, outcome: 'failed' }, seconds);
    log.error('job failed', { durationMs: Math.round(seconds * 1000), error });
    throw error;
  }
}
