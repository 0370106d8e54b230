import type pg from 'pg';
import { quoteIdent } from '../cluster/identifiers';

/**
 * Compares a copied database with its source: every table's row count and every sequence's position, in the
 * public and drizzle schemas. Both sides are quiet (the clinic is in maintenance), so they must match exactly.
 */

type Snapshot = { tables: Map<string, number>; sequences: Map<string, string> };

async function snapshot(client: pg.Client): Promise<Snapshot> {
  const { rows: tables } = await client.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1, 2`,
  );
  const counts = new Map<string, number>();
  if (tables.length > 0) {
    const union = tables
      .map(
        (t, i) =>
          `select ${i} as i, count(*)::bigint as n from ${quoteIdent(t.schema)}.${quoteIdent(t.name)}`,
      )
      .join(' union all ');
    const { rows } = await client.query<{ i: number; n: string }>(union);
    for (const row of rows) {
      const t = tables[row.i]!;
      counts.set(`${t.schema}.${t.name}`, Number(row.n));
    }
  }
  const { rows: sequences } = await client.query<{ name: string; position: string }>(
    `select schemaname || '.' || sequencename as name, coalesce(last_value::text, 'unused') as position
       from pg_sequences where schemaname in ('public', 'drizzle')`,
  );
  return { tables: counts, sequences: new Map(sequences.map((s) => [s.name, s.position])) };
}

export type VerifyReport = { tables: number; rows: number; sequences: number };

export async function verifyCopy(source: pg.Client, target: pg.Client): Promise<VerifyReport> {
  const [a, b] = await Promise.all([snapshot(source), snapshot(target)]);
  const problems: string[] = [];
  for (const [table, n] of a.tables) {
    const copied = b.tables.get(table);
    if (copied !== n)
      problems.push(`${table}: ${n} rows on the source, ${copied ?? 'no table'} on the target`);
  }
  for (const table of b.tables.keys())
    if (!a.tables.has(table)) problems.push(`${table}: only on the target`);
  for (const [sequence, position] of a.sequences) {
    const copied = b.sequences.get(sequence);
    if (copied !== position)
      problems.push(`sequence ${sequence}: ${position} on the source, ${copied ?? 'missing'} on the target`);
  }
  if (problems.length > 0)
    throw new Error(`the copy differs from the source: ${problems.slice(0, 5).join('; ')}`);
  let rows = 0;
  for (const n of a.tables.values()) rows += n;
  return { tables: a.tables.size, rows, sequences: a.sequences.size };
}
