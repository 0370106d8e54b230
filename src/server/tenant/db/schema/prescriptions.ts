import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { inventory } from './inventory';
import { medicalRecords } from './medical-records';
import { patients } from './patients';
import { practices } from './practices';
import { users } from './users';
import { PRESCRIPTION_STATUSES, type PrescriptionStatus } from '@/lib/domain/tenant/prescriptions';
import { inList } from '@/server/shared/db/in-list';

export const prescriptions = pgTable(
  'prescriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    prescriberId: uuid()
      .notNull()
      .references(() => users.id),
    inventoryItemId: uuid()
      .notNull()
      .references(() => inventory.id),
    medicalRecordId: uuid().references(() => medicalRecords.id),
    drugName: text().notNull(),
    strength: text(),
    dose: text().notNull(),
    route: text().notNull(),
    frequency: text().notNull(),
    durationDays: integer(),
    quantity: numeric({ precision: 12, scale: 3 }).notNull(),
    quantityDispensed: numeric({ precision: 12, scale: 3 }).notNull().default('0'),
    refills: integer().notNull().default(0),
    refillsUsed: integer().notNull().default(0),
    instructions: text(),
    controlledSchedule: text(),
    status: text().$type<PrescriptionStatus>().notNull().default('ACTIVE'),
    ...timestamps,
  },
  (t) => [
    index('prescriptions_patient_idx').on(t.patientId, t.createdAt),
    index('prescriptions_item_idx').on(t.inventoryItemId),
    check('prescriptions_quantity_check', sql`${t.quantity} > 0`),
    check('prescriptions_refills_check', sql`${t.refills} >= 0 and ${t.refillsUsed} >= 0`),
    check(
      'prescriptions_schedule_ii_refills_check',
      sql`${t.controlledSchedule} is distinct from 'II' or ${t.refills} = 0`,
    ),
    check('prescriptions_status_check', inList(t.status, PRESCRIPTION_STATUSES)),
  ],
);

export type Prescription = typeof prescriptions.$inferSelect;
export type NewPrescription = typeof prescriptions.$inferInsert;
