import { z } from 'zod';
// Side effect: installs the human-readable zod messages for every parse in this process.
import '@/lib/zod-messages';
import { validationError } from './errors';

export type FieldErrors = Record<string, string[]>;

/** Flattens zod issues to `{ "admin.email": ["Enter a valid email address."] }` for per-field UI messages. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses or throws a 400 VALIDATION_ERROR whose details are per-field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError({ fields: fieldErrors(result.error) });
  return result.data;
}

/**
 * Email addresses, lower-cased. Deliberately permissive about the domain: `admin@localhost` (the default owner) is
 * valid here, and deliverability is not something a regex can prove.
 */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'Enter a valid email address.');
