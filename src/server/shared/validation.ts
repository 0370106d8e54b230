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
  const withNul = nulPaths(input);
  if (withNul.length > 0)
    throw validationError({ fields: Object.fromEntries(withNul.map((key) => [key, [NUL_MESSAGE]])) });
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

/**
 * PostgreSQL refuses NUL (U+0000) in text, so a NUL that got past validation became a 500. Every text field and
 * query filter is refused at the boundary instead: through `text()` where a schema names it, and through
 * `parseOrThrow`'s sweep of the raw input for anything a schema forgot (one rule, both ways in).
 */
const NUL_MESSAGE = 'Remove the NUL character (U+0000); it cannot be stored.';
const NO_NUL = /^[^\u0000]*$/;

/** The shared text schema: a string without NUL. Chain `.trim()`, `.max()`… as usual. */
export const text = () => z.string().regex(NO_NUL, NUL_MESSAGE);

/** Paths of every string (keys included) holding a NUL, e.g. `["notes", "diagnoses.0.description"]`. */
function nulPaths(input: unknown, path: string[] = [], out: string[] = [], depth = 0): string[] {
  if (typeof input === 'string') {
    if (input.includes('\u0000')) out.push(path.join('.') || '_');
  } else if (input && typeof input === 'object' && depth < 32) {
    for (const [key, value] of Object.entries(input)) {
      if (key.includes('\u0000')) out.push([...path, key.replace(/\u0000/g, '\\0')].join('.'));
      nulPaths(value, [...path, key], out, depth + 1);
    }
  }
  return out;
}

/** The earliest and latest instants the API accepts: far enough for any patient or stock, inside what PostgreSQL and JS agree on. */
const MIN_DATE = '1900-01-01';
const MAX_DATE = '2200-12-31';
const MIN_INSTANT = Date.parse(`${MIN_DATE}T00:00:00Z`);
const MAX_INSTANT = Date.parse(`${MAX_DATE}T23:59:59.999Z`);
const RANGE_MESSAGE = `Use a date between ${MIN_DATE.slice(0, 4)} and ${MAX_DATE.slice(0, 4)}.`;

/** True for an instant inside the supported range (NaN is not). */
export function instantInRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_INSTANT && ms <= MAX_INSTANT;
}

/** The one date-time schema: ISO 8601 with a zone, 1900–2200. Stays a string; `.transform` to a Date where needed. */
export const dateTimeSchema = (
  message = 'Use an ISO 8601 date-time with a time zone, e.g. 2026-03-31T09:30:00+02:00.',
) =>
  z.iso
    .datetime({ offset: true, message })
    .refine((value) => instantInRange(Date.parse(value)), RANGE_MESSAGE);

/** The one calendar-date schema: YYYY-MM-DD, a real day, 1900–2200. */
export const dateSchema = (message = 'Use a date such as 2026-03-31.') =>
  z.iso.date(message).refine((value) => value >= MIN_DATE && value <= MAX_DATE, RANGE_MESSAGE);
