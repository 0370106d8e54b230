import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * `column in ('A','B',…)` for a check constraint, built from one of the src/lib/domain lists, so the constraint and
 * the values the API and UI accept cannot drift. The values are inlined (a constraint has no parameters); they
 * are constants from the source, never input, and quotes are still doubled.
 */
export function inList(column: SQLWrapper, values: readonly string[]): SQL {
  const literals = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(',');
  return sql`${column} in (${sql.raw(literals)})`;
}
