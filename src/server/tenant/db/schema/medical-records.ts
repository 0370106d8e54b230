import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appointments } from './appointments';
import { timestamps } from './columns';
import { patients } from './patients';
import { practices } from './practices';
import { users } from './users';
import {
  MEDICAL_RECORD_STATUSES,
  type MedicalRecordStatus,
  type RecordHistoryAction,
} from '@/lib/domain/tenant/records';
import { inList } from '@/server/shared/db/in-list';

export type Diagnosis = { code?: string; description: string };

/**
 * SOAP notes with vitals. Once SIGNED a row's clinical fields never change again (a trigger in migration 0001
 * enforces it); corrections go to medical_record_amendments, and every version is kept in medical_record_history.
 */
export const medicalRecords = pgTable(
  'medical_records',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    appointmentId: uuid().references(() => appointments.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    visitAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    subjective: text(),
    objective: text(),
    assessment: text(),
    plan: text(),
    temperatureC: numeric({ precision: 4, scale: 1 }),
    heartRate: integer(),
    respiratoryRate: integer(),
    weightKg: numeric({ precision: 8, scale: 3 }),
    bodyConditionScore: integer(),
    painScore: integer(),
    diagnoses: jsonb().$type<Diagnosis[]>().notNull().default([]),
    status: text().$type<MedicalRecordStatus>().notNull().default('DRAFT'),
    signedBy: uuid().references(() => users.id),
    signedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('medical_records_patient_idx').on(t.patientId, t.visitAt),
    index('medical_records_practice_idx').on(t.practiceId),
    check('medical_records_status_check', inList(t.status, MEDICAL_RECORD_STATUSES)),
    check('medical_records_bcs_check', sql`${t.bodyConditionScore} between 1 and 9`),
    check('medical_records_pain_check', sql`${t.painScore} between 0 and 10`),
    check('medical_records_signed_check', sql`(${t.status} = 'SIGNED') = (${t.signedAt} is not null)`),
  ],
);

export const medicalRecordAmendments = pgTable(
  'medical_record_amendments',
  {
    id: uuid().primaryKey().defaultRandom(),
    recordId: uuid()
      .notNull()
      .references(() => medicalRecords.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    /** The corrected values, field by field; the signed original stays as it was. */
    changes: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('medical_record_amendments_record_idx').on(t.recordId, t.createdAt)],
);

export const medicalRecordHistory = pgTable(
  'medical_record_history',
  {
    id: uuid().primaryKey().defaultRandom(),
    recordId: uuid()
      .notNull()
      .references(() => medicalRecords.id),
    version: integer().notNull(),
    /** FILE_ADDED: a file attached after signing (an addendum), written by the files trigger (migration 0003). */
    action: text().$type<RecordHistoryAction>().notNull(),
    changedBy: uuid()
      .notNull()
      .references(() => users.id),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('medical_record_history_record_idx').on(t.recordId, t.version)],
);

export type MedicalRecord = typeof medicalRecords.$inferSelect;
export type NewMedicalRecord = typeof medicalRecords.$inferInsert;
export type MedicalRecordAmendment = typeof medicalRecordAmendments.$inferSelect;
