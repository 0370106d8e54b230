import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { runNightlyBackups } from './nightly-backups';

/**
 * Every five minutes: backs up the clinics whose nightly backup (backupTimeUtc, a setting) is due. Checking often
 * instead of firing once at the set time means a changed time takes effect without a restart, and a night missed
 * while the app was down is caught up as soon as it is back.
 */
export const nightlyBackupsJob = defineJob({
  name: 'backups.nightly',
  payload: z.object({}),
  schedule: { cron: '*/5 * * * *' },
  retry: { limit: 0, delaySeconds: 60, backoff: false },
  expireInSeconds: 12 * 3600,
  handler: async (_payload, { log }) => {
    const result = await runNightlyBackups(ownerDb);
    if (!result) return { skipped: 'another run is in progress' };
    const failed = result.outcomes.filter((o) => o.error);
    if (failed.length > 0)
      log.warn('some nightly backups failed', { failed: failed.map((o) => o.tenant.id) });
    return { due: result.due, failed: failed.length };
  },
});
