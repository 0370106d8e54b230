import { backupTenantJob } from '@/server/operations/backups/backup-tenant.job';
import { billingRunJob } from '@/server/owner/billing/billing-run.job';
import { buildExportJob } from '@/server/operations/exports/build-export.job';
import { cleanAllJob } from '@/server/operations/housekeeping/clean-all.job';
import { cleanClinicJob } from '@/server/operations/housekeeping/clean-clinic.job';
import { dunningJob } from '@/server/owner/billing/dunning.job';
import { expireAllExportsJob } from '@/server/operations/exports/expire-all-exports.job';
import { expireClinicExportsJob } from '@/server/operations/exports/expire-clinic-exports.job';
import { finalizeMovesJob } from '@/server/tenancy/moves/finalize-moves.job';
import { healthCheckJob } from '@/server/operations/health/health-check.job';
import { moveTenantJob } from '@/server/tenancy/moves/move-tenant.job';
import { nightlyBackupsJob } from '@/server/operations/backups/nightly-backups.job';
import { purgeBackupsJob } from '@/server/operations/backups/purge-backups.job';
import { recoverStaleProvisioningJob } from '@/server/operations/housekeeping/recover-stale-provisioning.job';
import { sendMailJob } from '@/server/owner/mail/send-mail.job';
import { snapshotAllUsageJob } from '@/server/operations/usage/snapshot-all-usage.job';
import { snapshotClinicUsageJob } from '@/server/operations/usage/snapshot-clinic-usage.job';
import { verifyBackupsJob } from '@/server/operations/backups/verify-backups.job';
import type { AnyJobDefinition } from './define-job';

/**
 * Every job type the workers run. Add a job by importing its definition here (one line each, kept sorted);
 * `startWorkers()` creates its queue, starts its workers and syncs its schedule.
 */
export function allJobs(): AnyJobDefinition[] {
  return [
    backupTenantJob,
    billingRunJob,
    buildExportJob,
    cleanAllJob,
    cleanClinicJob,
    dunningJob,
    expireAllExportsJob,
    expireClinicExportsJob,
    finalizeMovesJob,
    healthCheckJob,
    moveTenantJob,
    nightlyBackupsJob,
    purgeBackupsJob,
    recoverStaleProvisioningJob,
    sendMailJob,
    snapshotAllUsageJob,
    snapshotClinicUsageJob,
    verifyBackupsJob,
  ];
}
