import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { clients } from './clients';
import { medicalRecords } from './medical-records';
import { timestamps } from './columns';
import { practices } from './practices';
import { users } from './users';
import {
  PATIENT_SEXES,
  type PatientSex,
  PATIENT_STATUSES,
  type PatientStatus,
} from '@/lib/domain/tenant/patients';
import { inList } from '@/server/shared/db/in-list';

/** The animals. */
export const patients = pgTable(
  'patients',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id),
    clientId: uuid()
      .notNull()
      .references(() => clients.id),
    name: text().notNull(),
    species: text().notNull(),
    breed: text(),
    sex: text().$type<PatientSex>().notNull().default('UNKNOWN'),
    neutered: boolean().notNull().default(false),
    dateOfBirth: date(),
    colour: text(),
    microchip: text(),
    allergies: text(),
    alerts: text(),
    status: text().$type<PatientStatus>().notNull().default('ACTIVE'),
    deceasedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('patients_microchip_key')
      .on(t.microchip)
      .where(sql`microchip is not null`),
    index('patients_practice_name_idx').on(t.practiceId, t.name),
    index('patients_client_idx').on(t.clientId),
    check('patients_sex_check', inList(t.sex, PATIENT_SEXES)),
    check('patients_status_check', inList(t.status, PATIENT_STATUSES)),
  ],
);

export const patientWeights = pgTable(
  'patient_weights',
  {
    id: uuid().primaryKey().defaultRandom(),
    patientId: uuid()
      .notNull()
      .references(() => patients.id, { onDelete: 'cascade' }),
    weightKg: numeric({ precision: 8, scale: 3 }).notNull(),
    measuredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid().references(() => users.id),
    note: text(),
    /** Set when the weight came from a medical record's vitals; that record owns this point. */
    medicalRecordId: uuid().references((): AnyPgColumn => medicalRecords.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('patient_weights_patient_idx').on(t.patientId, t.measuredAt),
    uniqueIndex('patient_weights_record_key')
      .on(t.medicalRecordId)
      .where(sql`medical_record_id is not null`),
    check('patient_weights_positive_check', sql`${t.weightKg} > 0`),
  ],
);

export type Patient = typeof patients.$inferSelect;
export type NewPatient = typeof patients.$inferInsert;
export type PatientWeight = typeof patientWeights.$inferSelect;
