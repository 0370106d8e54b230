import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { enqueueForActiveClinics } from '@/server/operations/jobs/fan-out';
import { snapshotClinicUsageJob } from './snapshot-clinic-usage.job';

/**
 * Daily at 00:10 UTC: one usage.snapshot job per ACTIVE clinic, so the usage history no longer depends on
 * someone opening a usage page.
 */
export const snapshotAllUsageJob = defineJob({
  name: 'usage.snapshot-all',
  payload: z.object({}),
  schedule: { cron: '10 0 * * *' },
  handler: async (_payload, { log }) => {
    const day = new Date().toISOString().slice(0, 10);
    const result = await enqueueForActiveClinics(snapshotClinicUsageJob, {
      periodKey: day,
      singletonSeconds: 24 * 3600,
    });
    log.info('usage snapshots queued', result);
    return result;
  },
});
