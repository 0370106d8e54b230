import type { JobDefinition } from './define-job';
import { ensureQueue, jobQueue } from './job-queue';

export type EnqueueOptions = {
  /** With `singletonSeconds`: at most one job with this key per window (e.g. one backup per clinic). */
  singletonKey?: string;
  singletonSeconds?: number;
  startAfter?: Date | number;
  priority?: number;
};

/**
 * Queues one job, validating its payload first so a malformed job can never reach a handler.
 * Returns the job id, or null when a singleton key suppressed a duplicate.
 */
export async function enqueueJob<P extends object>(
  definition: JobDefinition<P>,
  payload: P,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const data = definition.payload.parse(payload);
  await ensureQueue(definition);
  const boss = await jobQueue();
  return boss.send(definition.name, data, options);
}
