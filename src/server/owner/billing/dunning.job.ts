import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { ownerDb } from '@/server/owner/db/client';
import { now } from '@/server/shared/clock';
import { runDunning } from './run-dunning';

/** Hourly: reminders, PAST_DUE and suspension for overdue invoices. */
export const dunningJob = defineJob({
  name: 'billing.dunning',
  payload: z.object({}),
  schedule: { cron: '27 * * * *' },
  handler: async () => runDunning(ownerDb, { now: now() }),
});
