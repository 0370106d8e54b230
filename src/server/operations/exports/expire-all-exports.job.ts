import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { enqueueForActiveClinics } from '@/server/operations/jobs/fan-out';
import { expireClinicExportsJob } from './expire-clinic-exports.job';

/** Hourly: one exports.expire job per ACTIVE or SUSPENDED clinic. */
export const expireAllExportsJob = defineJob({
  name: 'exports.expire-all',
  payload: z.object({}),
  schedule: { cron: '41 * * * *' },
  handler: async (_payload, { log }) => {
    const result = await enqueueForActiveClinics(expireClinicExportsJob, {
      periodKey: new Date().toISOString().slice(0, 13),
      statuses: ['ACTIVE', 'SUSPENDED'],
    });
    log.info('export expiry queued', result);
    return result;
  },
});
