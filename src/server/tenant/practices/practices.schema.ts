import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import {
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
} from '@/server/tenant/clients/contact-fields.schema';

export const practiceParams = z.object({ id: z.uuid() });

/**
 * An IANA time zone ("Europe/London", "America/New_York", "UTC"), stored in its canonical spelling. Offsets such
 * as "+01:00" are refused even where Intl accepts them: a fixed offset does not follow daylight saving time.
 */
const timezoneSchema = text()
  .trim()
  .max(64)
  .transform((value, ctx) => {
    const canonical = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value) ? canonicalTimeZone(value) : null;
    if (!canonical) {
      ctx.addIssue({ code: 'custom', message: 'Enter an IANA time zone such as Europe/London.' });
      return z.NEVER;
    }
    return canonical;
  });

function canonicalTimeZone(value: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export const practiceSchema = z.object({
  id: z.uuid(),
  name: text(),
  address: text().nullable(),
  phone: text().nullable(),
  email: text().nullable(),
  timezone: text(),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PracticeView = z.infer<typeof practiceSchema>;

export const listPracticesQuery = paginationQuery.extend({
  q: text().trim().max(200).optional().describe('Matches the name, case-insensitive.'),
});
export type ListPracticesQuery = z.output<typeof listPracticesQuery>;

export const createPracticeBody = z.strictObject({
  name: requiredText(200, 'Enter the practice name.'),
  address: optionalText(500),
  phone: optionalPhone,
  email: optionalEmail,
  timezone: timezoneSchema.default('UTC'),
});
export type CreatePracticeInput = z.output<typeof createPracticeBody>;

export const updatePracticeBody = z
  .strictObject({
    name: requiredText(200, 'Enter the practice name.').optional(),
    address: optionalText(500),
    phone: optionalPhone,
    email: optionalEmail,
    timezone: timezoneSchema.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Send at least one field to change.');
export type UpdatePracticeInput = z.output<typeof updatePracticeBody>;
