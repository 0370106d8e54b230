import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

export const practices = pgTable(
  'practices',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    address: text(),
    phone: text(),
    email: text(),
    timezone: text().notNull().default('UTC'),
    archivedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [check('practices_name_check', sql`length(${t.name}) between 1 and 200`)],
);

export type Practice = typeof practices.$inferSelect;
export type NewPractice = typeof practices.$inferInsert;
