import type { OwnerDb } from '@/server/owner/db/client';
import { mailMessages, type MailAttachmentRef } from '@/server/owner/db/schema';
import type { JobDefinition } from '@/server/operations/jobs/define-job';
import { enqueueJob } from '@/server/operations/jobs/enqueue-job';
import { ensureQueue } from '@/server/operations/jobs/job-queue';
import { logger } from '@/server/shared/logger';
import { DEFAULT_BRAND, type MailBrand } from './mail-layout';
import { renderTemplate, type MailTemplateName, type MailTemplates } from './mail-templates';
import { sendMailJob } from './send-mail.job';

export type QueueMailOptions<K extends MailTemplateName> = {
  to: string;
  template: K;
  data: MailTemplates[K];
  /** The clinic the mail concerns: recorded, and its branding used. */
  tenant?: { id: string; name: string; branding?: { displayName?: string; primaryColor?: string } };
  attachments?: MailAttachmentRef[];
};

let sendJob: JobDefinition<{ mailId: string }> = sendMailJob;
let queueReady: Promise<void> | undefined;

/**
 * Tests only: route mails through a queue of the test's own. Test files share one database and run in parallel,
 * so a file that runs mail workers must not deliver (and blank) the mails another file is reading.
 */
export function useMailQueueForTests(job: JobDefinition<{ mailId: string }> | null): void {
  sendJob = job ?? sendMailJob;
  queueReady = undefined;
}

function brandOf(tenant: QueueMailOptions<MailTemplateName>['tenant']): MailBrand {
  if (!tenant) return DEFAULT_BRAND;
  return {
    name: tenant.branding?.displayName || tenant.name,
    color: tenant.branding?.primaryColor || DEFAULT_BRAND.color,
  };
}

/**
 * Renders a mail, records it (owner table mail_messages, status queued) and hands it to the send job, which
 * retries. The rendered body is kept so the Outbox shows exactly what was (or would be) sent.
 * Returns the mail id. A failure to reach the queue leaves the row queued and is logged, never thrown: the
 * caller's own work (a reset request, an invoice) must not fail because mail is down.
 */
export async function queueMail<K extends MailTemplateName>(
  db: Pick<OwnerDb, 'insert'>,
  options: QueueMailOptions<K>,
): Promise<string> {
  const rendered = renderTemplate(options.template, brandOf(options.tenant), options.data);
  const [row] = await db
    .insert(mailMessages)
    .values({
      tenantId: options.tenant?.id ?? null,
      recipient: options.to.toLowerCase(),
      template: options.template,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: options.attachments ?? [],
    })
    .returning({ id: mailMessages.id });
  try {
    // Creating the queue once per process: concurrent first creations deadlock inside pg-boss.
    queueReady ??= ensureQueue(sendJob).catch((error: unknown) => {
      queueReady = undefined;
      throw error;
    });
    await queueReady;
    await enqueueJob(sendJob, { mailId: row!.id });
  } catch (error) {
    logger.error('could not queue a mail', { mailId: row!.id, error });
  }
  return row!.id;
}
