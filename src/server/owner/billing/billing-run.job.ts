import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { ownerDb } from '@/server/owner/db/client';
import { now } from '@/server/shared/clock';
import { runBilling } from './run-billing';

/** Hourly: bills every subscription whose period has ended (idempotent, so an hourly sweep is safe). */
export const billingRunJob = defineJob({
  name: 'billing.run',
  payload: z.object({}),
  schedule: { cron: '7 * * * *' },
  expireInSeconds: 30 * 60,
  handler: async () => runBilling(ownerDb, { now: now() }),
});
