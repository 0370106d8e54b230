import { eq, sql } from 'drizzle-orm';
import { env } from '@/env';
import type { OwnerDb } from '@/server/owner/db/client';
import { mailMessages, type MailAttachmentRef } from '@/server/owner/db/schema';
import { renderInvoicePdf } from '@/server/owner/billing/render-invoice-pdf';
import { SENSITIVE_TEMPLATES, type MailTemplateName } from './mail-templates';
import { smtpTransport } from './smtp-transport';

type Attachment = { filename: string; content: Buffer; contentType: string };

async function buildAttachments(db: OwnerDb, refs: MailAttachmentRef[]): Promise<Attachment[]> {
  const files: Attachment[] = [];
  for (const ref of refs) {
    if (ref.kind === 'invoice-pdf') {
      const pdf = await renderInvoicePdf(db, ref.invoiceId);
      files.push({ filename: pdf.filename, content: Buffer.from(pdf.bytes), contentType: 'application/pdf' });
    }
  }
  return files;
}

/**
 * Delivers one mail row. Already sent or filed → nothing to do (a duplicate job changes nothing). Without
 * SMTP_URL it is filed in the Outbox. A send error is recorded and rethrown so the job runner retries; the last
 * attempt marks it failed.
 */
export async function deliverMail(
  db: OwnerDb,
  options: { mailId: string; finalAttempt?: boolean },
): Promise<{ status: string }> {
  const [mail] = await db.select().from(mailMessages).where(eq(mailMessages.id, options.mailId));
  if (!mail) return { status: 'missing' };
  if (mail.status === 'sent' || mail.status === 'outbox') return { status: mail.status };
  const transport = smtpTransport();
  if (!transport) {
    await db.update(mailMessages).set({ status: 'outbox' }).where(eq(mailMessages.id, mail.id));
    return { status: 'outbox' };
  }
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: mail.recipient,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      attachments: await buildAttachments(db, mail.attachments),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(mailMessages)
      .set({
        attempts: sql`${mailMessages.attempts} + 1`,
        error: message.slice(0, 500),
        ...(options.finalAttempt ? { status: 'failed' as const } : {}),
      })
      .where(eq(mailMessages.id, mail.id));
    throw error;
  }
  // A delivered one-time link must not stay readable in the owner database.
  const sensitive = SENSITIVE_TEMPLATES.has(mail.template as MailTemplateName);
  await db
    .update(mailMessages)
    .set({
      status: 'sent',
      sentAt: new Date(),
      error: null,
      attempts: sql`${mailMessages.attempts} + 1`,
      ...(sensitive
        ? {
            html: '<p>(Delivered. The one-time link is not kept.)</p>',
            text: '(Delivered. The one-time link is not kept.)',
          }
        : {}),
    })
    .where(eq(mailMessages.id, mail.id));
  return { status: 'sent' };
}
