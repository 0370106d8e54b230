import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from './clients';
import { timestamps } from './columns';
import { patients } from './patients';
import { practices } from './practices';
import { users } from './users';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from '@/lib/domain/tenant/appointments';
import { inList } from '@/server/shared/db/in-list';

/**
 * Overlaps for one veterinarian are refused by an exclusion constraint (migration 0001), so two concurrent
 * bookings cannot both win; `double_booked` rows are exempt.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    clientId: uuid()
      .notNull()
      .references(() => clients.id),
    veterinarianId: uuid()
      .notNull()
      .references(() => users.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    type: text().notNull().default('CONSULTATION'),
    reason: text(),
    notes: text(),
    status: text().$type<AppointmentStatus>().notNull().default('SCHEDULED'),
    doubleBooked: boolean().notNull().default(false),
    cancellationReason: text(),
    createdBy: uuid().references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('appointments_practice_start_idx').on(t.practiceId, t.startsAt),
    index('appointments_vet_start_idx').on(t.veterinarianId, t.startsAt),
    index('appointments_patient_idx').on(t.patientId),
    check('appointments_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_status_check', inList(t.status, APPOINTMENT_STATUSES)),
  ],
);

export type Appointment = typeof appointments.$inferSelect;
export type NewAppointment = typeof appointments.$inferInsert;
