import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { medicalRecords } from './medical-records';
import { patients } from './patients';
import { practices } from './practices';
import { users } from './users';
import { FILE_CATEGORIES, type FileCategory } from '@/lib/domain/tenant/files';
import { inList } from '@/server/shared/db/in-list';

/** Metadata of files stored under STORAGE_ROOT/tenants/<slug>/<category>/<stored_name>. */
export const files = pgTable(
  'files',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid().references(() => practices.id),
    patientId: uuid().references(() => patients.id),
    medicalRecordId: uuid().references(() => medicalRecords.id),
    category: text().$type<FileCategory>().notNull(),
    originalName: text().notNull(),
    storedName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('files_patient_idx').on(t.patientId),
    index('files_record_idx').on(t.medicalRecordId),
    check('files_category_check', inList(t.category, FILE_CATEGORIES)),
    check('files_stored_name_check', sql`${t.storedName} ~ '^[A-Za-z0-9_-]+(\\.[a-z0-9]+)?$'`),
  ],
);

export type StoredFile = typeof files.$inferSelect;
