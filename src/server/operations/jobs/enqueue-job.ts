import { currentRequestContext } from '@/server/shared/observability/request-context';
import { REQUEST_ID_FIELD, type JobDefinition } from './define-job';
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
  const data = definition.payload.parse(payload) as object;
  await ensureQueue(definition);
  const boss = await jobQueue();
  // The queuing request's id travels with the job, so its log lines can be found from the request's.
  const requestId = currentRequestContext()?.requestId;
  return boss.send(definition.name, requestId ? { ...data, [REQUEST_ID_FIELD]: requestId } : data, options);
}
