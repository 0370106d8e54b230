import { sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import type { AnyJobDefinition } from './define-job';
import type { JobOverview } from './job-overview.schema';
import { JOB_SCHEMA, jobQueue } from './job-queue';

type CountRow = { name: string; state: string; n: number };
type FailureRow = {
  id: string;
  name: string;
  tenant_id: string | null;
  tenant_slug: string | null;
  error: string | null;
  failed_at: Date | string;
  retry_count: number;
  archived: boolean;
};
type PendingRow = {
  id: string;
  name: string;
  state: 'created' | 'retry' | 'active';
  tenant_id: string | null;
  tenant_slug: string | null;
  created_on: Date | string;
  started_on: Date | string | null;
};

/**
 * What the Jobs page shows: per job type, how many are queued, active, failed, completed and cancelled (from
 * pg-boss's live table: completed jobs are archived after a day, failed ones after a week), and the most recent
 * failures with the clinic they concerned and their error. Every registered type is listed, even when idle.
 */
export async function getJobOverview(
  db: OwnerDb,
  options: { jobs: AnyJobDefinition[]; limit: number; name?: string },
): Promise<JobOverview> {
  // Starting this process's queue creates pg-boss's schema if no worker has yet (a fresh install).
  await jobQueue();
  const schema = sql.identifier(JOB_SCHEMA);
  const byType = options.name ? sql`and j.name = ${options.name}` : sql``;
  const [counts, failures, pending] = await Promise.all([
    db.execute<CountRow>(
      sql`select name, state::text as state, count(*)::int as n from ${schema}.job
          where name not like '\_\_pgboss\_\_%' group by name, state`,
    ),
    db.execute<FailureRow>(sql`
      select f.id, f.name, t.id::text as tenant_id, t.slug as tenant_slug, f.error, f.failed_at, f.retry_count,
             f.archived
      from (
        select id, name, data, output->>'message' as error, completed_on as failed_at, retry_count, false as archived
        from ${schema}.job where state = 'failed' ${options.name ? sql`and name = ${options.name}` : sql``}
        union all
        select id, name, data, output->>'message', completed_on, retry_count, true
        from ${schema}.archive where state = 'failed' ${options.name ? sql`and name = ${options.name}` : sql``}
      ) f
      left join tenants t on t.id::text = f.data->>'tenantId'
      order by f.failed_at desc nulls last
      limit ${options.limit}`),
    db.execute<PendingRow>(sql`
      select j.id, j.name, j.state::text as state, t.id::text as tenant_id, t.slug as tenant_slug, j.created_on,
             j.started_on
      from ${schema}.job j left join tenants t on t.id::text = j.data->>'tenantId'
      where j.state in ('created', 'retry', 'active') and j.name not like '\_\_pgboss\_\_%' ${byType}
      order by j.created_on
      limit ${options.limit}`),
  ]);

  const byName = new Map<string, JobOverview['types'][number]>();
  const entry = (name: string) => {
    let row = byName.get(name);
    if (!row) {
      const definition = options.jobs.find((j) => j.name === name);
      row = {
        name,
        schedule: definition?.schedule?.cron ?? null,
        queued: 0,
        active: 0,
        failed: 0,
        completed: 0,
        cancelled: 0,
      };
      byName.set(name, row);
    }
    return row;
  };
  for (const job of options.jobs) entry(job.name);
  for (const { name, state, n } of counts.rows) {
    const row = entry(name);
    if (state === 'created' || state === 'retry') row.queued += n;
    else if (state === 'active') row.active += n;
    else if (state === 'failed') row.failed += n;
    else if (state === 'completed') row.completed += n;
    else if (state === 'cancelled') row.cancelled += n;
  }
  return {
    types: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
    recentFailures: failures.rows.map((f) => ({
      id: f.id,
      name: f.name,
      tenantId: f.tenant_id,
      tenantSlug: f.tenant_slug,
      error: f.error ?? 'The job failed without an error message.',
      failedAt: new Date(f.failed_at).toISOString(),
      retryCount: f.retry_count,
      archived: f.archived,
    })),
    pending: pending.rows.map((p) => ({
      id: p.id,
      name: p.name,
      state: p.state,
      tenantId: p.tenant_id,
      tenantSlug: p.tenant_slug,
      createdAt: new Date(p.created_on).toISOString(),
      startedAt: p.started_on ? new Date(p.started_on).toISOString() : null,
    })),
  };
}
