import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants';

/**
 * A self sign-up waiting for its e-mail to be confirmed. The id is the SHA-256 of the token mailed in the link
 * (a leaked table cannot be replayed); the administrator's password is kept only as its argon2id hash, and only
 * until the link is followed. Following it once (before `expiresAt`) creates the clinic and records it here.
 */
export const signupRequests = pgTable(
  'signup_requests',
  {
    id: text().primaryKey(),
    clinicName: text().notNull(),
    slug: text().notNull(),
    adminName: text().notNull(),
    email: text().notNull(),
    /** Cleared once the clinic is registered: the hash then lives in the tenant's pending admin only. */
    passwordHash: text(),
    ipAddress: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    tenantId: uuid().references(() => tenants.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('signup_requests_expires_idx').on(t.expiresAt)],
);

export type SignupRequest = typeof signupRequests.$inferSelect;
