import { z } from 'zod';
import { paginationQuery } from '@/server/shared/http/pagination';

export const timelineQuery = paginationQuery;
export type TimelineQuery = z.output<typeof timelineQuery>;

const person = z.object({ id: z.uuid(), name: z.string() }).nullable();
const entry = <K extends string, D extends z.ZodRawShape>(kind: K, details: D) =>
  z.object({
    kind: z.literal(kind),
    id: z.uuid(),
    at: z.iso
      .datetime()
      .describe('When it happened: appointment start, visit, prescription, weighing or upload time.'),
    details: z.object(details),
  });

/**
 * One event in a patient's history. Medical records carry `assessment` and `diagnoses` only for roles that may
 * read clinical notes; prescriptions appear only for roles that may read them.
 */
export const timelineEntrySchema = z.discriminatedUnion('kind', [
  entry('appointment', {
    endsAt: z.iso.datetime(),
    status: z.string(),
    type: z.string(),
    reason: z.string().nullable(),
    veterinarian: person,
  }),
  entry('medical_record', {
    status: z.enum(['DRAFT', 'SIGNED']),
    author: person,
    signedAt: z.iso.datetime().nullable(),
    appointmentId: z.uuid().nullable(),
    assessment: z.string().nullable().optional(),
    diagnoses: z.array(z.object({ code: z.string().optional(), description: z.string() })).optional(),
  }),
  entry('prescription', {
    drugName: z.string(),
    strength: z.string().nullable(),
    dose: z.string(),
    route: z.string(),
    frequency: z.string(),
    quantity: z.number(),
    status: z.string(),
    prescriber: person,
  }),
  entry('weight', { weightKg: z.number(), note: z.string().nullable() }),
  entry('file', {
    originalName: z.string(),
    category: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    medicalRecordId: z.uuid().nullable(),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
