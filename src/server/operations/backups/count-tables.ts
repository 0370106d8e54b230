import type pg from 'pg';
import { quoteIdent } from '@/server/tenancy/cluster/identifiers';

/**
 * Row count of every table of the connected database: `table` for public ones, `schema.table` otherwise (e.g.
 * drizzle.__drizzle_migrations). Run inside the snapshot a dump uses, the counts describe exactly what it holds.
 */
export async function countTables(client: pg.Client | pg.PoolClient): Promise<Record<string, number>> {
  const { rows } = await client.query<{ schemaname: string; tablename: string }>(
    `select schemaname, tablename from pg_tables
      where schemaname not in ('pg_catalog', 'information_schema') order by schemaname, tablename`,
  );
  if (rows.length === 0) return {};
  const selects = rows.map(
    (t, i) =>
      `select ${i} as i, count(*)::bigint as n from ${quoteIdent(t.schemaname)}.${quoteIdent(t.tablename)}`,
  );
  // One round trip for all tables.
  const counts = await client.query<{ i: number; n: string }>(selects.join(' union all '));
  const result: Record<string, number> = {};
  for (const row of counts.rows) {
    const table = rows[row.i]!;
    result[table.schemaname === 'public' ? table.tablename : `${table.schemaname}.${table.tablename}`] =
      Number(row.n);
  }
  return result;
}

/** Tables whose count differs from the expected one (a table missing counts as null). */
export function compareCounts(
  expected: Record<string, number>,
  actual: Record<string, number>,
): Record<string, { expected: number; actual: number | null }> {
  const mismatches: Record<string, { expected: number; actual: number | null }> = {};
  for (const [table, count] of Object.entries(expected)) {
    // The migration journal grows when an older backup is migrated forward; it is not clinic data.
    if (table === 'drizzle.__drizzle_migrations') continue;
    const found = actual[table] ?? null;
    if (found !== count) mismatches[table] = { expected: count, actual: found };
  }
  return mismatches;
}
