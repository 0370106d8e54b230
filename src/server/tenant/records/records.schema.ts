import { z } from 'zod';
import { dateTimeSchema, text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';

/**
 * Physiological bounds wide enough for every species a general practice sees (a hypothermic tortoise to a
 * feverish dog, a budgerigar's heart to a horse's weight) and narrow enough to catch a typo or wrong unit.
 */
const VITAL_BOUNDS = {
  temperatureC: { min: 15, max: 45 },
  heartRate: { min: 1, max: 1000 },
  respiratoryRate: { min: 1, max: 300 },
  weightKg: { min: 0.001, max: 10_000 },
  bodyConditionScore: { min: 1, max: 9 },
  painScore: { min: 0, max: 10 },
} as const;

const b = VITAL_BOUNDS;
const decimals = (places: number) => (n: number) =>
  Math.abs(n * 10 ** places - Math.round(n * 10 ** places)) < 1e-6;

const vitalsSchema = z.strictObject({
  temperatureC: z
    .number()
    .min(b.temperatureC.min)
    .max(b.temperatureC.max)
    .refine(decimals(1), 'Use at most one decimal place.')
    .nullable(),
  heartRate: z.int().min(b.heartRate.min).max(b.heartRate.max).describe('Beats per minute').nullable(),
  respiratoryRate: z
    .int()
    .min(b.respiratoryRate.min)
    .max(b.respiratoryRate.max)
    .describe('Breaths per minute')
    .nullable(),
  weightKg: z
    .number()
    .min(b.weightKg.min)
    .max(b.weightKg.max)
    .refine(decimals(3), 'Use at most three decimal places.')
    .nullable(),
  bodyConditionScore: z
    .int()
    .min(b.bodyConditionScore.min)
    .max(b.bodyConditionScore.max)
    .describe('1–9 scale')
    .nullable(),
  painScore: z.int().min(b.painScore.min).max(b.painScore.max).describe('0–10 scale').nullable(),
});
export type Vitals = z.infer<typeof vitalsSchema>;
/** Any subset of vitals; null clears one, an absent key leaves it as it is. */
const partialVitalsSchema = vitalsSchema.partial();
export type PartialVitals = z.infer<typeof partialVitalsSchema>;

// Blank text is stored as null, so "empty" has one meaning; the note's own line breaks and indents are kept.
const soapText = text()
  .max(20_000)
  .transform((value) => (value.trim() === '' ? null : value))
  .nullable();

const diagnosisSchema = z.strictObject({
  code: text().trim().min(1).max(40).optional().describe('e.g. a VeNom or SNOMED code'),
  description: text().trim().min(1, 'Describe the diagnosis.').max(500),
});
const diagnoses = z.array(diagnosisSchema).max(50);

const instant = dateTimeSchema('Use an ISO 8601 date-time with a time zone.').transform(
  (value) => new Date(value),
);
const version = z
  .int()
  .min(1)
  .describe('The version you read; 409 STALE_VERSION if the record changed since.');

/** The clinical content a record holds, as fields a PATCH or an amendment may change. */
const contentFields = {
  visitAt: instant,
  subjective: soapText,
  objective: soapText,
  assessment: soapText,
  plan: soapText,
  vitals: partialVitalsSchema,
  diagnoses,
};

const atLeastOne = (fields: string[]) => (body: Record<string, unknown>) =>
  fields.some((key) => body[key] !== undefined);

export const recordIdParams = z.object({ id: z.uuid() });

export const createRecordBody = z.strictObject({
  patientId: z.uuid(),
  appointmentId: z.uuid().optional(),
  /** Defaults to the appointment's start, or now. */
  visitAt: instant.optional(),
  subjective: soapText.optional(),
  objective: soapText.optional(),
  assessment: soapText.optional(),
  plan: soapText.optional(),
  vitals: partialVitalsSchema.optional(),
  diagnoses: diagnoses.default([]),
});
export type CreateRecordInput = z.output<typeof createRecordBody>;

export const updateRecordBody = z
  .strictObject({
    version,
    appointmentId: z.uuid().nullable().optional(),
    visitAt: contentFields.visitAt.optional(),
    subjective: contentFields.subjective.optional(),
    objective: contentFields.objective.optional(),
    assessment: contentFields.assessment.optional(),
    plan: contentFields.plan.optional(),
    vitals: contentFields.vitals.optional(),
    diagnoses: contentFields.diagnoses.optional(),
  })
  .refine(
    atLeastOne([
      'appointmentId',
      'visitAt',
      'subjective',
      'objective',
      'assessment',
      'plan',
      'vitals',
      'diagnoses',
    ]),
    'Send at least one field to change besides version.',
  );
export type UpdateRecordInput = z.output<typeof updateRecordBody>;

export const signRecordBody = z.strictObject({ version });
export type SignRecordInput = z.output<typeof signRecordBody>;

const amendmentChangesSchema = z
  .strictObject({
    subjective: contentFields.subjective.optional(),
    objective: contentFields.objective.optional(),
    assessment: contentFields.assessment.optional(),
    plan: contentFields.plan.optional(),
    vitals: contentFields.vitals.optional(),
    diagnoses: contentFields.diagnoses.optional(),
  })
  .refine(
    atLeastOne(['subjective', 'objective', 'assessment', 'plan', 'vitals', 'diagnoses']),
    'Change at least one field.',
  )
  .refine((changes) => !changes.vitals || Object.keys(changes.vitals).length > 0, {
    path: ['vitals'],
    message: 'Name at least one vital sign to correct.',
  });
export type AmendmentChanges = z.output<typeof amendmentChangesSchema>;

export const amendRecordBody = z.strictObject({
  reason: text().trim().min(1, 'Say why the record is corrected.').max(2000),
  changes: amendmentChangesSchema,
  /** Optional guard against amending a version you have not seen. */
  version: version.optional(),
});
export type AmendRecordInput = z.output<typeof amendRecordBody>;

export const listRecordsQuery = paginationQuery.extend({
  patientId: z.uuid().optional(),
  practiceId: z.uuid().optional(),
  appointmentId: z.uuid().optional(),
  status: z.enum(['DRAFT', 'SIGNED']).optional(),
});
export type ListRecordsQuery = z.output<typeof listRecordsQuery>;

export const historyQuery = paginationQuery;

const person = z.object({ id: z.uuid(), name: text() });

const clinicalContentSchema = z.object({
  visitAt: z.iso.datetime(),
  subjective: text().nullable(),
  objective: text().nullable(),
  assessment: text().nullable(),
  plan: text().nullable(),
  vitals: vitalsSchema,
  diagnoses: z.array(diagnosisSchema),
});
export type ClinicalContent = z.infer<typeof clinicalContentSchema>;

/** What receptionists see of a record: that it exists, whose and when, never the clinical content. */
const recordSummarySchema = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  patient: person,
  visitAt: z.iso.datetime(),
  author: person,
  status: z.enum(['DRAFT', 'SIGNED']),
});
export type RecordSummaryView = z.infer<typeof recordSummarySchema>;

export const recordSchema = recordSummarySchema.extend({
  ...clinicalContentSchema.shape,
  patient: person.extend({ species: text() }),
  appointmentId: z.uuid().nullable(),
  signedBy: person.nullable(),
  signedAt: z.iso.datetime().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type RecordView = z.infer<typeof recordSchema>;

const amendmentSchema = z.object({
  id: z.uuid(),
  author: person,
  reason: text(),
  changes: z.record(text(), z.unknown()),
  createdAt: z.iso.datetime(),
});
export type AmendmentView = z.infer<typeof amendmentSchema>;

/** GET /api/medical-records/{id} for clinical staff: the original as signed, its amendments, and the result. */
export const recordDetailSchema = recordSchema.extend({
  amendments: z.array(amendmentSchema),
  effective: clinicalContentSchema.describe('The original with every amendment applied in order.'),
});
export type RecordDetailView = z.infer<typeof recordDetailSchema>;

/** A list entry for clinical staff: the record with its effective view; the amendments themselves come with GET. */
const recordListItemSchema = recordSchema.extend({
  amendmentCount: z.int(),
  effective: clinicalContentSchema,
});
export type RecordListItemView = z.infer<typeof recordListItemSchema>;

/** Clinical staff get the full shape, receptionists the summary. */
export const recordOrSummarySchema = z.union([recordDetailSchema, recordSummarySchema]);
export const recordListEntrySchema = z.union([recordListItemSchema, recordSummarySchema]);

export const historyEntrySchema = z.object({
  id: z.uuid(),
  version: z.int(),
  action: z
    .enum(['CREATED', 'UPDATED', 'SIGNED', 'AMENDED', 'FILE_ADDED'])
    .describe('FILE_ADDED: a file attached after signing; `snapshot.attachment` names it.'),
  changedBy: person,
  changedAt: z.iso.datetime(),
  snapshot: z
    .record(text(), z.unknown())
    .describe('The record as it read after this change (amendments applied).'),
});
export type HistoryEntryView = z.infer<typeof historyEntrySchema>;
