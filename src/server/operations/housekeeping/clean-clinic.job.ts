import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { cleanClinicState } from './clean-clinic-state';

/** One clinic's expired sessions, stale throttle rows and abandoned upload parts (queued by housekeeping.all). */
export const cleanClinicJob = defineJob({
  name: 'housekeeping.clinic',
  payload: z.object({ tenantId: z.uuid() }),
  tenant: {},
  expireInSeconds: 10 * 60,
  concurrency: 2,
  handler: async ({ tenantId }, { log }) => {
    const counts = await cleanClinicState(tenantId);
    log.info('clinic housekeeping done', counts);
    return counts;
  },
});
