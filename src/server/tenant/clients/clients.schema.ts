import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import { optionalEmail, optionalPhone, optionalText, requiredText } from './contact-fields.schema';

export const clientParams = z.object({ id: z.uuid() });

/** A pet owner. */
export const clientSchema = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  name: text(),
  email: text().nullable(),
  phone: text().nullable(),
  address: text().nullable(),
  communicationConsent: z.boolean(),
  consentUpdatedAt: z.iso.datetime().nullable().describe('When consent was last given or withdrawn.'),
  notes: text().nullable(),
  patientCount: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ClientView = z.infer<typeof clientSchema>;

export const listClientsQuery = paginationQuery.extend({
  q: text()
    .trim()
    .max(200)
    .optional()
    .describe('Matches name, email or phone (any punctuation), case-insensitive.'),
  practiceId: z.uuid().optional(),
});
export type ListClientsQuery = z.output<typeof listClientsQuery>;

const clientFields = {
  name: requiredText(200, 'Enter the client name.'),
  email: optionalEmail,
  phone: optionalPhone,
  address: optionalText(500),
  communicationConsent: z.boolean().optional(),
  notes: optionalText(4000),
};

export const createClientBody = z.strictObject({ practiceId: z.uuid(), ...clientFields });
export type CreateClientInput = z.output<typeof createClientBody>;

/** The home practice is fixed: moving an owner would split them from their animals' records. */
export const updateClientBody = z
  .strictObject({ ...clientFields, name: clientFields.name.optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Send at least one field to change.');
export type UpdateClientInput = z.output<typeof updateClientBody>;
