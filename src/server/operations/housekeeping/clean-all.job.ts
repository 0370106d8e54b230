import { z } from 'zod';
import { ownerDb } from '@/server/owner/db/client';
import { defineJob } from '@/server/operations/jobs/define-job';
import { enqueueForActiveClinics } from '@/server/operations/jobs/fan-out';
import { cleanClinicJob } from './clean-clinic.job';
import { cleanOwnerState } from './clean-owner-state';

/**
 * Hourly housekeeping: the owner database's expired sessions and throttle rows here, then one
 * housekeeping.clinic job per ACTIVE clinic (each retries on its own; workers everywhere share them).
 */
export const cleanAllJob = defineJob({
  name: 'housekeeping.all',
  payload: z.object({}),
  schedule: { cron: '17 * * * *' },
  handler: async (_payload, { log }) => {
    const owner = await cleanOwnerState(ownerDb);
    const hour = new Date().toISOString().slice(0, 13);
    const fanOut = await enqueueForActiveClinics(cleanClinicJob, { periodKey: hour });
    log.info('owner housekeeping done', { ...owner, ...fanOut });
    return { ...owner, ...fanOut };
  },
});
