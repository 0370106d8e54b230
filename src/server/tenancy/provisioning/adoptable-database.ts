import type pg from 'pg';
import { conflict } from '@/server/shared/errors';
import { appliedVersion } from '../migrations/run-migrations';

/**
 * The default tenant's database may pre-exist (the seed's single-database install). It is migrated in place when
 * SmartDMV migrated it before (its drizzle journal says how far) or when it is empty. Tables without a journal were
 * made by something else, such as another app or `drizzle-kit push`: applying our first migration over them would
 * fail halfway or, worse, half-succeed, so set-up stops before touching anything and says why.
 */
export async function assertAdoptableDatabase(client: pg.Client, database: string): Promise<void> {
  if ((await appliedVersion(client)) > 0) return;
  const { rows } = await client.query<{ count: number; sample: string | null }>(
    `select count(*)::int as count,
            string_agg(table_name, ', ' order by table_name) filter (where rank <= 5) as sample
       from (select table_name, row_number() over (order by table_name) as rank
               from information_schema.tables where table_schema = 'public') t`,
  );
  const found = rows[0];
  if (!found || found.count === 0) return;
  throw conflict(
    'DATABASE_NOT_ADOPTABLE',
    `Database ${database} already has ${found.count} table(s) (${found.sample}${found.count > 5 ? ', …' : ''}) but no ` +
      'SmartDMV migration history: its schema was made by another tool (e.g. drizzle-kit push). Nothing was changed. ' +
      'Point DATABASE_URL at an empty database, or at one SmartDMV set up before.',
  );
}
