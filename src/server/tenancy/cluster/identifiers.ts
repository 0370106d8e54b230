import pg from 'pg';

/** Names of a clinic's database and role, and SQL quoting (slugs themselves: src/lib/identifiers.ts). */

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
