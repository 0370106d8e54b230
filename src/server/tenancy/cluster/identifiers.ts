import pg from 'pg';
import { z } from 'zod';

/**
 * Tenant slugs become host names, database names and role names, so they are validated strictly here and
 * every identifier is still quoted when it reaches SQL.
 */
const RESERVED_SLUGS = new Set([
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
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'Use 2–40 lower-case letters, digits or hyphens, starting with a letter.')
  .refine(
    (s) => !s.endsWith('-') && !s.includes('--'),
    'A slug cannot end with a hyphen or contain two in a row.',
  )
  .refine((s) => !RESERVED_SLUGS.has(s), 'This slug is reserved.');

export function tenantDatabaseName(slug: string): string {
  return `tenant_${slug}`;
}

export function tenantRoleName(slug: string): string {
  return `tenant_${slug}`;
}

/** Double-quotes an identifier; only ever called on names we built from a validated slug or config. */
export function quoteIdent(name: string): string {
  if (name.length === 0 || name.length > 63 || name.includes('\0')) throw new Error('Invalid SQL identifier');
  return pg.escapeIdentifier(name);
}

export function quoteLiteral(value: string): string {
  return pg.escapeLiteral(value);
}

/** The marker we put on databases and roles we create, so a crashed attempt's leftovers can be recognised. */
export function ownershipComment(tenantId: string): string {
  return `smartdmv tenant ${tenantId}`;
}
