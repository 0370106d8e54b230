import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DATABASE_SERVER_STATUSES, type DatabaseServerStatus } from '@/lib/domain/owner/database-servers';
import { inList } from '@/server/shared/db/in-list';

/**
 * The PostgreSQL servers clinic databases live on. `primary` is the server from the environment, registered by
 * set-up. ACTIVE servers take new clinics (most free capacity first); DRAINING ones keep serving theirs but take
 * none, and are emptied with `tenants:move --from … --all`; OFFLINE ones are skipped by placement and migrations.
 */
export const databaseServers = pgTable(
  'database_servers',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    host: text().notNull(),
    port: integer().notNull(),
    adminUser: text().notNull(),
    /** AES-256-GCM ciphertext (server/shared/secret-box), like the tenant role passwords. Never plain text. */
    adminPasswordEncrypted: text().notNull(),
    /** Where tenant traffic goes when set (PgBouncer in transaction mode); admin work always goes direct. */
    poolerHost: text(),
    poolerPort: integer(),
    /** How many clinics it may hold. */
    capacity: integer().notNull(),
    status: text().$type<DatabaseServerStatus>().notNull().default('ACTIVE'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('database_servers_name_key').on(sql`lower(${t.name})`),
    uniqueIndex('database_servers_address_key').on(t.host, t.port),
    check('database_servers_status_check', inList(t.status, DATABASE_SERVER_STATUSES)),
    check('database_servers_port_check', sql`${t.port} between 1 and 65535`),
    check(
      'database_servers_pooler_port_check',
      sql`${t.poolerPort} is null or ${t.poolerPort} between 1 and 65535`,
    ),
    check('database_servers_capacity_check', sql`${t.capacity} >= 0`),
  ],
);

export type DatabaseServer = typeof databaseServers.$inferSelect;
