import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { DATA_EXPORT_STATUSES, type DataExportStatus } from '@/lib/domain/tenant/data-exports';
import { inList } from '@/server/shared/db/in-list';

/**
 * A clinic's export of its own data: a zip under STORAGE_ROOT/tenants/<slug>/exports/<stored_name>, built by the
 * exports.build job and deleted by exports.expire once `expires_at` has passed (the row stays, as `expired`).
 */
export const dataExports = pgTable(
  'data_exports',
  {
    id: uuid().primaryKey().defaultRandom(),
    status: text().$type<DataExportStatus>().notNull().default('queued'),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    /** 0–100, advanced by the job as it writes each table. */
    progress: integer().notNull().default(0),
    storedName: text(),
    sizeBytes: bigint({ mode: 'number' }),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('data_exports_created_idx').on(t.createdAt),
    check('data_exports_status_check', inList(t.status, DATA_EXPORT_STATUSES)),
    check('data_exports_progress_check', sql`${t.progress} between 0 and 100`),
    check('data_exports_stored_name_check', sql`${t.storedName} ~ '^[A-Za-z0-9_-]+\\.zip$'`),
  ],
);

export type DataExport = typeof dataExports.$inferSelect;
