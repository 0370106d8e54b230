import { sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { auditAction, type OwnerActionContext } from '@/server/owner/audit/record-audit';
import { conflict, notFound } from '@/server/shared/errors';
import { JOB_SCHEMA, jobQueue } from './job-queue';

type FoundJob = { id: string; name: string; state: string; data: unknown; archived: boolean };

async function findJob(db: OwnerDb, id: string): Promise<FoundJob> {
  await jobQueue(); // creates pg-boss's schema on a fresh install
  const schema = sql.identifier(JOB_SCHEMA);
  const { rows } = await db.execute<FoundJob>(sql`
    select id, name, state::text as state, data, false as archived from ${schema}.job where id = ${id}
    union all
    select id, name, state::text, data, true from ${schema}.archive where id = ${id}
    limit 1`);
  // pg-boss's own bookkeeping jobs are not the operator's to touch.
  if (!rows[0] || rows[0].name.startsWith('__pgboss__')) throw notFound('Job');
  return rows[0];
}

async function stateOf(db: OwnerDb, id: string): Promise<string> {
  const { rows } = await db.execute<{ state: string }>(
    sql`select state::text as state from ${sql.identifier(JOB_SCHEMA)}.job where id = ${id}`,
  );
  return rows[0]?.state ?? 'unknown';
}

/**
 * Runs a failed job again. A failed job still in pg-boss's live table is put back to `retry` (one more attempt);
 * one already archived is queued again as a copy with the same payload. Audited.
 */
export async function retryJob(
  db: OwnerDb,
  options: { id: string; context: OwnerActionContext },
): Promise<{ id: string; name: string; state: string }> {
  const job = await findJob(db, options.id);
  if (job.state !== 'failed')
    throw conflict('INVALID_STATE', `Only failed jobs can be retried; this one is ${job.state}.`);
  const boss = await jobQueue();
  let runId = job.id;
  if (job.archived) {
    const copy = await boss.send(job.name, job.data ?? {});
    if (!copy)
      throw conflict('INVALID_STATE', 'A job of this kind is already queued; it was not queued twice.');
    runId = copy;
  } else {
    await boss.retry(job.name, job.id);
  }
  await auditAction(db, options.context, {
    action: 'job.retry',
    targetType: 'job',
    targetId: job.id,
    details: { name: job.name, ...(runId !== job.id ? { copyId: runId } : {}) },
  });
  return { id: runId, name: job.name, state: await stateOf(db, runId) };
}

/** Cancels a queued, retrying or running job (a running handler finishes its current attempt). Audited. */
export async function cancelJob(
  db: OwnerDb,
  options: { id: string; context: OwnerActionContext },
): Promise<{ id: string; name: string; state: string }> {
  const job = await findJob(db, options.id);
  if (job.archived || !['created', 'retry', 'active'].includes(job.state))
    throw conflict(
      'INVALID_STATE',
      `Only queued or running jobs can be cancelled; this one is ${job.state}.`,
    );
  const boss = await jobQueue();
  await boss.cancel(job.name, job.id);
  await auditAction(db, options.context, {
    action: 'job.cancel',
    targetType: 'job',
    targetId: job.id,
    details: { name: job.name, previousState: job.state },
  });
  return { id: job.id, name: job.name, state: await stateOf(db, job.id) };
}
