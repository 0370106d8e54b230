import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { OWNER_ROLES, type OwnerRole } from '@/lib/domain/owner/owner-roles';
import { inList } from '@/server/shared/db/in-list';

export const ownerUsers = pgTable(
  'owner_users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: text().$type<OwnerRole>().notNull().default('OWNER'),
    passwordHash: text().notNull(),
    isActive: boolean().notNull().default(true),
    lastLoginAt: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('owner_users_email_key').on(t.email),
    check('owner_users_email_lowercase_check', sql`${t.email} = lower(${t.email})`),
    check('owner_users_role_check', inList(t.role, OWNER_ROLES)),
  ],
);

/** Only the SHA-256 of the session token is stored: a leaked table cannot be replayed as cookies. */
export const ownerSessions = pgTable(
  'owner_sessions',
  {
    id: text().primaryKey(),
    ownerUserId: uuid()
      .notNull()
      .references(() => ownerUsers.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp({ withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp({ withTimezone: true }).notNull(),
    ipAddress: text(),
    userAgent: text(),
  },
  (t) => [
    index('owner_sessions_user_idx').on(t.ownerUserId),
    index('owner_sessions_expiry_idx').on(t.absoluteExpiresAt),
  ],
);

/** Failed sign-in counters shared by every app process (keys like `email:<addr>` and `ip:<addr>`). */
export const ownerLoginThrottle = pgTable('owner_login_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

export type OwnerUser = typeof ownerUsers.$inferSelect;
export type OwnerSession = typeof ownerSessions.$inferSelect;
