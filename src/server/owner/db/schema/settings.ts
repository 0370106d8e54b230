import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ownerUsers } from './users';

export const systemSettings = pgTable('system_settings', {
  key: text().primaryKey(),
  value: jsonb().$type<unknown>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid().references(() => ownerUsers.id, { onDelete: 'set null' }),
});

export const ownerAuditLog = pgTable(
  'owner_audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorId: uuid().references(() => ownerUsers.id, { onDelete: 'set null' }),
    actorEmail: text(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ipAddress: text(),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('owner_audit_log_created_idx').on(t.createdAt),
    index('owner_audit_log_target_idx').on(t.targetType, t.targetId),
    index('owner_audit_log_actor_idx').on(t.actorId),
  ],
);

export type SystemSetting = typeof systemSettings.$inferSelect;
export type OwnerAuditEntry = typeof ownerAuditLog.$inferSelect;
