import { relations, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { databaseServers } from './database-servers';
import {
  TENANT_STATUSES,
  type TenantStatus,
  type MaintenanceReason,
  type SuspensionReason,
} from '@/lib/domain/owner/tenants';
import { TENANT_SLUG_PATTERN } from '@/lib/identifiers';
import { inList } from '@/server/shared/db/in-list';

export type TenantBranding = {
  displayName?: string;
  primaryColor?: string;
  logoUrl?: string;
};

export type PendingAdmin = { email: string; name: string; passwordHash: string; practiceName?: string };

export const tenants = pgTable(
  'tenants',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    name: text().notNull(),
    status: text().$type<TenantStatus>().notNull().default('PROVISIONING'),
    isDefault: boolean().notNull().default(false),
    lastError: text(),
    dbHost: text().notNull(),
    dbPort: integer().notNull(),
    dbName: text().notNull(),
    dbRole: text().notNull(),
    /** AES-256-GCM ciphertext of the tenant role's password (see server/shared/secret-box). Never plain text. */
    dbPasswordEncrypted: text(),
    /** The database server it lives on (dbHost/dbPort are that server's direct address, kept for admin work). */
    serverId: uuid().references(() => databaseServers.id),
    storagePath: text().notNull(),
    /** Who to seed as the first admin, kept only until the tenant is ACTIVE (an argon2id hash, never a password). */
    pendingAdmin: jsonb().$type<PendingAdmin | null>(),
    branding: jsonb().$type<TenantBranding>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    activatedAt: timestamp({ withTimezone: true }),
    suspendedAt: timestamp({ withTimezone: true }),
    /** Why it is suspended: by the operator, or automatically for an unpaid invoice (lifted when paid). */
    suspensionReason: text().$type<SuspensionReason>(),
    deletedAt: timestamp({ withTimezone: true }),
    /**
     * Maintenance mode: set while the operator, a restore or a move holds the clinic; its hosts then answer 503
     * TENANT_MAINTENANCE. Independent of status, so an ACTIVE clinic stays ACTIVE (jobs still reach it).
     */
    maintenanceStartedAt: timestamp({ withTimezone: true }),
    maintenanceReason: text().$type<MaintenanceReason>(),
    maintenanceMessage: text(),
  },
  (t) => [
    // A deleted tenant keeps its row for the audit trail but frees its slug.
    uniqueIndex('tenants_slug_key')
      .on(t.slug)
      .where(sql`status <> 'DELETED'`),
    uniqueIndex('tenants_db_name_key')
      .on(t.dbHost, t.dbPort, t.dbName)
      .where(sql`status <> 'DELETED'`),
    uniqueIndex('tenants_single_default_key')
      .on(t.isDefault)
      .where(sql`is_default`),
    index('tenants_status_idx').on(t.status),
    index('tenants_server_idx').on(t.serverId),
    index('tenants_created_at_idx').on(t.createdAt),
    check('tenants_status_check', inList(t.status, TENANT_STATUSES)),
    check('tenants_slug_check', sql`${t.slug} ~ ${sql.raw(`'${TENANT_SLUG_PATTERN.source}'`)}`),
    check('tenants_db_port_check', sql`${t.dbPort} between 1 and 65535`),
  ],
);

export const tenantDomains = pgTable(
  'tenant_domains',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    domain: text().notNull(),
    isPrimary: boolean().notNull().default(false),
    verifiedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tenant_domains_domain_key').on(t.domain),
    uniqueIndex('tenant_domains_one_primary_key')
      .on(t.tenantId)
      .where(sql`is_primary`),
    index('tenant_domains_tenant_idx').on(t.tenantId),
    check('tenant_domains_lowercase_check', sql`${t.domain} = lower(${t.domain})`),
  ],
);

export const tenantsRelations = relations(tenants, ({ many }) => ({ domains: many(tenantDomains) }));
export const tenantDomainsRelations = relations(tenantDomains, ({ one }) => ({
  tenant: one(tenants, { fields: [tenantDomains.tenantId], references: [tenants.id] }),
}));

export type Tenant = typeof tenants.$inferSelect;
export type NewTenant = typeof tenants.$inferInsert;
export type TenantDomain = typeof tenantDomains.$inferSelect;
