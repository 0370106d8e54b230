import { z } from 'zod';
import { defineJob } from '@/server/operations/jobs/define-job';
import { ownerDb } from '@/server/owner/db/client';
import { deliverMail } from './deliver-mail';

const MAIL_RETRY = { limit: 4, delaySeconds: 20, backoff: true } as const;

/** Sends one recorded mail over SMTP (or files it in the Outbox when SMTP_URL is unset). Idempotent. */
export const sendMailJob = defineJob({
  name: 'mail.send',
  payload: z.object({ mailId: z.uuid() }),
  retry: MAIL_RETRY,
  expireInSeconds: 120,
  concurrency: 2,
  handler: async ({ mailId }, { retryCount }) =>
    deliverMail(ownerDb, { mailId, finalAttempt: retryCount >= MAIL_RETRY.limit }),
});
