import type { z } from 'zod';
import type { logger } from '@/server/shared/logger';

/**
 * One background job type: its queue name, its validated payload, its schedule and its retry policy, and an
 * idempotent handler (a retried or duplicated job must change nothing twice).
 *
 * Clinic work carries the clinic id in its payload (`tenantId`) and reaches the clinic only through
 * server/tenancy. Set `tenant` for such jobs: the runner then skips clinics that are not ACTIVE (unless
 * `allowInactive`, e.g. backups and exports) before the handler runs.
 */
export type JobContext = {
  jobId: string;
  name: string;
  /** 0 on the first attempt. */
  retryCount: number;
  log: JobLogger;
};

export type JobLogger = Pick<typeof logger, 'debug' | 'info' | 'warn' | 'error'>;

/** Job data key carrying the id of the request that queued the job (removed before the payload is parsed). */
export const REQUEST_ID_FIELD = '_requestId';

export type JobSchedule = {
  /** Five-field cron, evaluated in UTC. */
  cron: string;
};

export type JobDefinition<P extends object = object> = {
  /** Queue name: lower-case words with dots or dashes, e.g. `housekeeping.sessions`. */
  name: string;
  payload: z.ZodType<P>;
  schedule?: JobSchedule;
  /** Defaults: 3 retries, 30 s delay, exponential backoff. */
  retry?: { limit: number; delaySeconds: number; backoff: boolean };
  /** How long one attempt may run before it counts as failed. Default 15 minutes. */
  expireInSeconds?: number;
  /** How many of this job a single worker process runs at once. Default 1. */
  concurrency?: number;
  tenant?: { allowInactive?: boolean };
  handler: (payload: P, context: JobContext) => Promise<unknown>;
};

export function defineJob<P extends object>(definition: JobDefinition<P>): JobDefinition<P> {
  if (!/^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/.test(definition.name))
    throw new Error(`Job name "${definition.name}" must be lower-case words joined by dots or dashes`);
  return definition;
}

/** A definition whose payload type is no longer known (the registry's view). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<any>;

export const DEFAULT_RETRY = { limit: 3, delaySeconds: 30, backoff: true } as const;
export const DEFAULT_EXPIRE_SECONDS = 15 * 60;
