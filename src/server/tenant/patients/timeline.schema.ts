import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';

export const timelineQuery = paginationQuery;
export type TimelineQuery = z.output<typeof timelineQuery>;

const person = z.object({ id: z.uuid(), name: text() }).nullable();
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
    status: text(),
    type: text(),
    reason: text().nullable(),
    veterinarian: person,
  }),
  entry('medical_record', {
    status: z.enum(['DRAFT', 'SIGNED']),
    author: person,
    signedAt: z.iso.datetime().nullable(),
    appointmentId: z.uuid().nullable(),
    assessment: text().nullable().optional(),
    diagnoses: z.array(z.object({ code: text().optional(), description: text() })).optional(),
  }),
  entry('prescription', {
    drugName: text(),
    strength: text().nullable(),
    dose: text(),
    route: text(),
    frequency: text(),
    quantity: z.number(),
    status: text(),
    prescriber: person,
  }),
  entry('weight', { weightKg: z.number(), note: text().nullable() }),
  entry('file', {
    originalName: text(),
    category: text(),
    contentType: text(),
    sizeBytes: z.number().int(),
    medicalRecordId: z.uuid().nullable(),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
