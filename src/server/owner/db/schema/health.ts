import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import type { AlertKind } from '@/lib/domain/owner/health';

/**
 * Per-clinic health (server/operations/health): traffic per minute summed over every app process, samples taken by
 * the health job every 5 minutes, each database server's samples, and the alerts raised from them. Kept 14 days
 * (alerts: 90 days after they resolve).
 */

/** One clinic, one minute: added to by every app process (upsert), so the figures are the fleet's. */
export const tenantTrafficMinutes = pgTable(
  'tenant_traffic_minutes',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    minute: timestamp({ withTimezone: true }).notNull(),
    requests: integer().notNull().default(0),
    errors5xx: integer().notNull().default(0),
    /** Request counts per latency bucket (bounds in server/shared/observability/clinic-traffic.ts). */
    latencyBuckets: integer().array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.minute] }),
    index('tenant_traffic_minutes_minute_idx').on(t.minute),
  ],
);

export const tenantHealthSamples = pgTable(
  'tenant_health_samples',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reachable: boolean().notNull(),
    dbBytes: bigint({ mode: 'number' }),
    connections: integer(),
    schemaVersion: bigint({ mode: 'number' }),
    latestSchemaVersion: bigint({ mode: 'number' }).notNull(),
    lastGoodBackupAt: timestamp({ withTimezone: true }),
    lastVerifiedAt: timestamp({ withTimezone: true }),
    storageBytes: bigint({ mode: 'number' }),
    storageLimitBytes: bigint({ mode: 'number' }),
    lastActivityAt: timestamp({ withTimezone: true }),
    /** The flags raised by this sample (alert kinds). */
    flags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [index('tenant_health_samples_tenant_time_idx').on(t.tenantId, t.recordedAt)],
);

export const dbServerHealthSamples = pgTable(
  'db_server_health_samples',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** host:port */
    server: text().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reachable: boolean().notNull(),
    connections: integer(),
    maxConnections: integer(),
    dbBytes: bigint({ mode: 'number' }),
    clinics: integer().notNull(),
  },
  (t) => [index('db_server_health_samples_server_time_idx').on(t.server, t.recordedAt)],
);

export const healthAlerts = pgTable(
  'health_alerts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<AlertKind>().notNull(),
    tenantId: uuid().references(() => tenants.id, { onDelete: 'cascade' }),
    server: text(),
    /** What was measured (figures and thresholds; never personal data). */
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // An alert opens once: at most one open alert per kind and subject.
    uniqueIndex('health_alerts_open_key')
      .on(t.kind, sql`coalesce(${t.tenantId}::text, '')`, sql`coalesce(${t.server}, '')`)
      .where(sql`resolved_at is null`),
    index('health_alerts_opened_at_idx').on(t.openedAt),
    index('health_alerts_tenant_idx').on(t.tenantId, t.openedAt),
  ],
);

export type HealthAlert = typeof healthAlerts.$inferSelect;
export type TenantHealthSample = typeof tenantHealthSamples.$inferSelect;
export type DbServerHealthSample = typeof dbServerHealthSamples.$inferSelect;
