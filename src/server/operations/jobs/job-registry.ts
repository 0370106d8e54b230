import { backupTenantJob } from '@/server/operations/backups/backup-tenant.job';
import { nightlyBackupsJob } from '@/server/operations/backups/nightly-backups.job';
import { purgeBackupsJob } from '@/server/operations/backups/purge-backups.job';
import { verifyBackupsJob } from '@/server/operations/backups/verify-backups.job';
import type { AnyJobDefinition } from './define-job';

/**
 * Every job type the workers run. Add a job by importing its definition here (one line each, kept sorted);
 * `startWorkers()` creates its queue, starts its workers and syncs its schedule.
 */
export function allJobs(): AnyJobDefinition[] {
  return [backupTenantJob, nightlyBackupsJob, purgeBackupsJob, verifyBackupsJob];
}
