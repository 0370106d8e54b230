import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { practices } from './practices';

/** Pet owners. Belong to a home practice, which scopes who may see them. */
export const clients = pgTable(
  'clients',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id),
    name: text().notNull(),
    email: text(),
    phone: text(),
    address: text(),
    communicationConsent: boolean().notNull().default(false),
    consentUpdatedAt: timestamp({ withTimezone: true }),
    notes: text(),
    ...timestamps,
  },
  (t) => [
    index('clients_practice_name_idx').on(t.practiceId, t.name),
    index('clients_email_idx').on(sql`lower(${t.email})`),
  ],
);

export type Client = typeof clients.$inferSelect;
export type NewClient = typeof clients.$inferInsert;
