import { z } from 'zod';

/**
 * The shapes of identifiers both planes check: record ids (UUIDs) and tenant slugs. Tenant slugs become host
 * names, database names and role names, so they are validated strictly (and still quoted when they reach SQL);
 * the owner schema's `tenants_slug_check` is built from the same pattern.
 */

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment or query value can be a record id (anything else is a 404, not a database error). */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export const TENANT_SLUG_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'www',
  'owner',
  'api',
  'admin',
  'default',
  'app',
  'mail',
  'smtp',
  'static',
  'assets',
  'cdn',
  'status',
  'help',
  'support',
  'docs',
  'auth',
  'login',
  'root',
  'postgres',
  'template',
  'system',
  'public',
  'localhost',
]);

export const slugSchema = z
  .string()
  .regex(TENANT_SLUG_PATTERN, 'Use 2–40 lower-case letters, digits or hyphens, starting with a letter.')
  .refine(
    (s) => !s.endsWith('-') && !s.includes('--'),
    'A slug cannot end with a hyphen or contain two in a row.',
  )
  .refine((s) => !RESERVED_SLUGS.has(s), 'This slug is reserved.');
