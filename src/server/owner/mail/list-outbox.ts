import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { OwnerDb } from '@/server/owner/db/client';
import { mailMessages, tenants } from '@/server/owner/db/schema';
import { MAIL_STATUSES } from '@/lib/domain/owner/mail';
import { notFound } from '@/server/shared/errors';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

export const mailIdParams = z.object({ id: z.uuid('Unknown mail.') });

export const listOutboxQuery = z.object({
  status: z.enum(MAIL_STATUSES).optional(),
  recipient: z.string().trim().toLowerCase().max(L.outboxRecipient.max).optional(),
  before: z.iso.datetime({ offset: true }).optional().describe('Older than this time (paging).'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const columns = {
  id: mailMessages.id,
  tenantId: mailMessages.tenantId,
  tenantSlug: tenants.slug,
  recipient: mailMessages.recipient,
  template: mailMessages.template,
  subject: mailMessages.subject,
  status: mailMessages.status,
  error: mailMessages.error,
  attempts: mailMessages.attempts,
  createdAt: mailMessages.createdAt,
  sentAt: mailMessages.sentAt,
};

/** Every recorded mail, newest first, with its rendered text and HTML (the Outbox when SMTP is not configured). */
export async function listOutbox(db: Pick<OwnerDb, 'select'>, query: z.output<typeof listOutboxQuery>) {
  const where: SQL[] = [];
  if (query.status) where.push(eq(mailMessages.status, query.status));
  if (query.recipient) where.push(eq(mailMessages.recipient, query.recipient));
  if (query.before) where.push(lt(mailMessages.createdAt, new Date(query.before)));
  return db
    .select({ ...columns, text: mailMessages.text, html: mailMessages.html })
    .from(mailMessages)
    .leftJoin(tenants, eq(tenants.id, mailMessages.tenantId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(mailMessages.createdAt))
    .limit(query.limit);
}

export async function getMail(db: Pick<OwnerDb, 'select'>, id: string) {
  const [row] = await db
    .select({ ...columns, text: mailMessages.text, html: mailMessages.html })
    .from(mailMessages)
    .leftJoin(tenants, eq(tenants.id, mailMessages.tenantId))
    .where(eq(mailMessages.id, id));
  if (!row) throw notFound('Mail');
  return row;
}
