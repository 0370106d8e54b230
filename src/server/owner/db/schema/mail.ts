import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ownerUsers } from './users';
import { tenants } from './tenants';
import { MAIL_STATUSES, type MailStatus } from '@/lib/domain/owner/mail';
import { inList } from '@/server/shared/db/in-list';

/**
 * queued: waiting for the send job · sent: accepted by the SMTP server · failed: retries exhausted ·
 * outbox: no SMTP_URL configured, kept for the operator to read in the console.
 */

export type MailAttachmentRef = { kind: 'invoice-pdf'; invoiceId: string };

/** Every outbound mail: rendered when queued, so the Outbox shows exactly what would be sent. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid().references(() => tenants.id, { onDelete: 'set null' }),
    recipient: text().notNull(),
    template: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** Attachments are built when sent (e.g. an invoice PDF), never stored twice. */
    attachments: jsonb().$type<MailAttachmentRef[]>().notNull().default([]),
    status: text().$type<MailStatus>().notNull().default('queued'),
    error: text(),
    attempts: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('mail_messages_created_idx').on(t.createdAt),
    index('mail_messages_tenant_idx').on(t.tenantId),
    check('mail_messages_status_check', inList(t.status, MAIL_STATUSES)),
  ],
);

/** Owner password resets: only the SHA-256 of the token is stored; single use, short-lived. */
export const ownerPasswordResets = pgTable(
  'owner_password_resets',
  {
    id: text().primaryKey(),
    ownerUserId: uuid()
      .notNull()
      .references(() => ownerUsers.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('owner_password_resets_user_idx').on(t.ownerUserId)],
);

export type MailMessage = typeof mailMessages.$inferSelect;
