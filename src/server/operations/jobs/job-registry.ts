import { billingRunJob } from '@/server/owner/billing/billing-run.job';
import { dunningJob } from '@/server/owner/billing/dunning.job';
import { sendMailJob } from '@/server/owner/mail/send-mail.job';
import type { AnyJobDefinition } from './define-job';

/**
 * Every job type the workers run. Add a job by importing its definition here (one line each, kept sorted);
 * `startWorkers()` creates its queue, starts its workers and syncs its schedule.
 */
export function allJobs(): AnyJobDefinition[] {
  return [billingRunJob, dunningJob, sendMailJob];
}
