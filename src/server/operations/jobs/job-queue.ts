import PgBoss from 'pg-boss';
import { clusterConfig } from '@/server/tenancy/cluster/cluster';
import { logger } from '@/server/shared/logger';
import { DEFAULT_EXPIRE_SECONDS, DEFAULT_RETRY, type AnyJobDefinition } from './define-job';

/**
 * The pg-boss instance of this process, kept in the owner database's own `pgboss` schema.
 *
 * Two modes: a *sender* (app processes that only enqueue: no maintenance, no cron) and a *worker* (the process
 * that runs handlers, supervises queues and fires schedules). pg-boss makes each scheduled job fire once per
 * period however many worker processes run, and each job is fetched by exactly one worker (SKIP LOCKED).
 */
export const JOB_SCHEMA = 'pgboss';

type QueueState = { boss: PgBoss; mode: 'sender' | 'worker'; started: Promise<PgBoss>; queues: Set<string> };

// On globalThis: Next.js may load this module once per route bundle, but the process needs one instance.
const GLOBAL_KEY = Symbol.for('smartdmv.jobQueue');
const holder = globalThis as unknown as { [GLOBAL_KEY]?: QueueState };

function createBoss(mode: 'sender' | 'worker'): PgBoss {
  const boss = new PgBoss({
    connectionString: clusterConfig().ownerDatabaseUrl,
    schema: JOB_SCHEMA,
    application_name: mode === 'worker' ? 'smartdmv-worker' : 'smartdmv-jobs',
    max: mode === 'worker' ? 6 : 2,
    supervise: mode === 'worker',
    schedule: mode === 'worker',
    // Failed and completed jobs stay visible on the Jobs page for a week.
    archiveCompletedAfterSeconds: 24 * 3600,
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 14,
  });
  boss.on('error', (error) => logger.error('job queue error', { error }));
  return boss;
}

/**
 * This process's queue, started on first use. `worker` mode is chosen once, by startWorkers(); everything else
 * gets a sender.
 */
export async function jobQueue(mode: 'sender' | 'worker' = 'sender'): Promise<PgBoss> {
  let state = holder[GLOBAL_KEY];
  if (state && mode === 'worker' && state.mode === 'sender') {
    await stopJobQueue();
    state = undefined;
  }
  if (!state) {
    const boss = createBoss(mode);
    state = { boss, mode, started: boss.start(), queues: new Set() };
    holder[GLOBAL_KEY] = state;
    state.started.catch(() => {
      if (holder[GLOBAL_KEY] === state) holder[GLOBAL_KEY] = undefined;
    });
  }
  return state.started;
}

/** Creates (or updates) the queue of a job type with its retry and expiry policy. Idempotent. */
export async function ensureQueue(definition: AnyJobDefinition): Promise<void> {
  const boss = await jobQueue();
  const state = holder[GLOBAL_KEY]!;
  if (state.queues.has(definition.name)) return;
  const retry = definition.retry ?? DEFAULT_RETRY;
  const options = {
    name: definition.name,
    retryLimit: retry.limit,
    retryDelay: retry.delaySeconds,
    retryBackoff: retry.backoff,
    expireInSeconds: definition.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
  };
  // Several processes start at once (two app instances, a worker beside `npm run worker`) and pg-boss's queue DDL
  // is not safe against itself: a concurrent create deadlocks or collides. The loser retries and finds it made.
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = await boss.getQueue(definition.name);
      if (existing) await boss.updateQueue(definition.name, options);
      else await boss.createQueue(definition.name, options);
      break;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const retryable = code === '40P01' || code === '23505' || code === '42P07';
      if (!retryable || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
  state.queues.add(definition.name);
}

export async function stopJobQueue(): Promise<void> {
  const state = holder[GLOBAL_KEY];
  holder[GLOBAL_KEY] = undefined;
  if (!state) return;
  const boss = await state.started.catch(() => undefined);
  await boss?.stop({ graceful: true, wait: true, timeout: 30_000 });
}
