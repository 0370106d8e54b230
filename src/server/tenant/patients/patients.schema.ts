import { z } from 'zod';
import { dateSchema, dateTimeSchema, text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import { optionalText, requiredText } from '@/server/tenant/clients/contact-fields.schema';
import { PATIENT_SEXES, PATIENT_STATUSES } from '@/server/tenant/db/schema';

export const patientParams = z.object({ id: z.uuid() });

const sexSchema = z.enum(PATIENT_SEXES);
const patientStatusSchema = z.enum(PATIENT_STATUSES);

/**
 * Microchip numbers as printed on certificates ("985 141 000 123 456", "985-141-…"): spaces and dashes are
 * dropped and letters upper-cased, so one chip has one spelling and the tenant-wide unique index catches clashes.
 */
const microchipSchema = text()
  .trim()
  .max(64)
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .refine(
    (v) => v === '' || /^[0-9A-Z]{6,32}$/.test(v),
    'Enter the microchip number (6–32 letters or digits).',
  )
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/** A calendar date (YYYY-MM-DD) not after tomorrow (UTC), so every time zone can record a birth "today". */
const dateOfBirthSchema = dateSchema('Enter a date as YYYY-MM-DD.')
  .refine(
    (v) => v <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
    'The date of birth is in the future.',
  )
  .nullable()
  .optional();

const patientFields = {
  name: requiredText(120, 'Enter the patient name.'),
  species: requiredText(60, 'Enter the species.'),
  breed: optionalText(120),
  sex: sexSchema.optional(),
  neutered: z.boolean().optional(),
  dateOfBirth: dateOfBirthSchema,
  colour: optionalText(120),
  microchip: microchipSchema,
  allergies: optionalText(2000),
  alerts: optionalText(2000).describe('Shown prominently to staff, e.g. "bites when muzzled".'),
  status: patientStatusSchema.optional(),
};

export const createPatientBody = z.strictObject({
  clientId: z.uuid(),
  practiceId: z.uuid().optional().describe("Defaults to the client's practice; must be the same practice."),
  ...patientFields,
});
export type CreatePatientInput = z.output<typeof createPatientBody>;

export const updatePatientBody = z
  .strictObject({
    clientId: z.uuid().optional().describe('Transfer to another owner of the same practice.'),
    ...patientFields,
    name: patientFields.name.optional(),
    species: patientFields.species.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Send at least one field to change.');
export type UpdatePatientInput = z.output<typeof updatePatientBody>;

const patientSchema = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  clientId: z.uuid(),
  name: text(),
  species: text(),
  breed: text().nullable(),
  sex: sexSchema,
  neutered: z.boolean(),
  dateOfBirth: z.iso.date().nullable(),
  colour: text().nullable(),
  microchip: text().nullable(),
  allergies: text().nullable(),
  alerts: text().nullable(),
  status: patientStatusSchema,
  deceasedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PatientView = z.infer<typeof patientSchema>;

export const patientListItemSchema = patientSchema.extend({
  client: z.object({ id: z.uuid(), name: text() }),
});
export type PatientListItem = z.infer<typeof patientListItemSchema>;

export const weightSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  weightKg: z.number(),
  measuredAt: z.iso.datetime(),
  recordedBy: z.uuid().nullable(),
  note: text().nullable(),
});
export type WeightView = z.infer<typeof weightSchema>;

export const patientDetailSchema = patientSchema.extend({
  client: z.object({
    id: z.uuid(),
    name: text(),
    email: text().nullable(),
    phone: text().nullable(),
  }),
  latestWeight: weightSchema.pick({ weightKg: true, measuredAt: true }).nullable(),
});
export type PatientDetail = z.infer<typeof patientDetailSchema>;

export const listPatientsQuery = paginationQuery.extend({
  q: text().trim().max(200).optional().describe('Matches the name (contains) or the microchip (exact).'),
  species: text().trim().min(1).max(60).optional().describe('Exact species, case-insensitive.'),
  status: patientStatusSchema.optional(),
  clientId: z.uuid().optional(),
  practiceId: z.uuid().optional(),
});
export type ListPatientsQuery = z.output<typeof listPatientsQuery>;

export const listWeightsQuery = paginationQuery;
export type ListWeightsQuery = z.output<typeof listWeightsQuery>;

/** Weights up to 99,999 kg (the column's range), stored to the gram. */
export const recordWeightBody = z.strictObject({
  weightKg: z
    .number()
    .positive('A weight must be more than 0 kg.')
    .max(99_999, 'Enter the weight in kilograms.')
    .refine((v) => Math.round(v * 1000) > 0, 'A weight must be at least 1 g.'),
  measuredAt: dateTimeSchema('Enter a date-time such as 2025-03-01T09:30:00Z.')
    .refine((v) => Date.parse(v) <= Date.now() + 5 * 60_000, 'The measurement time is in the future.')
    .optional()
    .describe('Defaults to now.'),
  note: optionalText(500),
});
export type RecordWeightInput = z.output<typeof recordWeightBody>;
