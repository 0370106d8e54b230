import { finalizeMovesJob } from '@/server/tenancy/moves/finalize-moves.job';
import { moveTenantJob } from '@/server/tenancy/moves/move-tenant.job';
import type { AnyJobDefinition } from './define-job';

/**
 * Every job type the workers run. Add a job by importing its definition here (one line each, kept sorted);
 * `startWorkers()` creates its queue, starts its workers and syncs its schedule.
 */
export function allJobs(): AnyJobDefinition[] {
  return [finalizeMovesJob, moveTenantJob];
}
