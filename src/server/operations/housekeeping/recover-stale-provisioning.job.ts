import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { recoverStaleProvisioning } from '@/server/tenancy/provisioning/recover-stale-provisioning';

/**
 * Every five minutes: clinics left PROVISIONING by a process killed mid-way (past the stale bound) are finished,
 * or failed and cleaned up. Set-up does the same at start; this covers processes that die while the app runs.
 * Safe beside other processes: each clinic is handled under its provisioning lock.
 */
export const recoverStaleProvisioningJob = defineJob({
  name: 'provisioning.recover-stale',
  payload: z.object({}),
  schedule: { cron: '*/5 * * * *' },
  retry: { limit: 1, delaySeconds: 60, backoff: false },
  handler: async (_payload, { log }) => {
    const report = await recoverStaleProvisioning();
    if (report.resumed.length || report.failed.length)
      log.info('stale provisioning recovered', {
        resumed: report.resumed.length,
        failed: report.failed.length,
        skipped: report.skipped.length,
      });
    return { resumed: report.resumed.length, failed: report.failed.length, skipped: report.skipped.length };
  },
});
