import { z } from 'zod';
import { emailSchema, text } from '@/server/shared/validation';

/**
 * Field rules shared by the people and places of a clinic (clients, practices, patients). Forms send '' for an
 * emptied field; these store it as null so "no phone" has one representation.
 */

/** Optional free text: trimmed, '' → null, null clears it on PATCH. */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const requiredText = (max: number, message = 'This field is required.') =>
  text().trim().min(1, message).max(max, `Use at most ${max} characters.`);

export const optionalEmail = z
  .union([emailSchema, z.literal('').transform(() => null)])
  .nullable()
  .optional();

/** Phone numbers as people write them ("+44 20 7946 0018", "(555) 010-9999 ext 12"); at least 3 digits. */
export const optionalPhone = text()
  .trim()
  .max(40, 'Use at most 40 characters.')
  .refine(
    (v) =>
      v === '' ||
      (/^[0-9+()\-.\s/#]*(?:(?:ext\.?|x)\s*[0-9]+)?$/i.test(v) && (v.match(/\d/g)?.length ?? 0) >= 3),
    {
      message: 'Enter a phone number.',
    },
  )
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();
