import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { databaseServers } from './database-servers';
import { tenants } from './tenants';
import { TENANT_MOVE_STATUSES, type TenantMoveStatus } from '@/lib/domain/owner/tenant-moves';
import { inList } from '@/server/shared/db/in-list';

/**
 * One move of a clinic's database to another server, with its progress (shown in the console and the CLI) and
 * what the clinic saw: how long it was unavailable. The source database is kept, renamed and closed to
 * connections, as `retainedDatabase` until the move is finalized.
 */
export const tenantMoves = pgTable(
  'tenant_moves',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    fromServerId: uuid()
      .notNull()
      .references(() => databaseServers.id),
    toServerId: uuid()
      .notNull()
      .references(() => databaseServers.id),
    status: text().$type<TenantMoveStatus>().notNull().default('QUEUED'),
    /** The step running or last reached (see move-tenant.ts). */
    step: text(),
    jobId: text(),
    error: text(),
    unavailableMs: integer(),
    /** Rows copied and verified, summed over the tables. */
    rowsCopied: integer(),
    retainedDatabase: text(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tenant_moves_tenant_idx').on(t.tenantId, t.createdAt),
    check('tenant_moves_status_check', inList(t.status, TENANT_MOVE_STATUSES)),
  ],
);

export type TenantMove = typeof tenantMoves.$inferSelect;
