import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type pg from 'pg';

/**
 * Applies the committed drizzle migrations. Tenant databases are migrated programmatically (never with
 * drizzle-kit push), and always as the admin: tenant roles have no DDL rights.
 */

export const OWNER_MIGRATIONS = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'drizzle/owner');
export const TENANT_MIGRATIONS = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'drizzle/tenant');

export type MigrationPlan = { folder: string; latest: number; count: number };

const plans = new Map<string, MigrationPlan>();

export function migrationPlan(folder: string): MigrationPlan {
  let plan = plans.get(folder);
  if (!plan) {
    const files = readMigrationFiles({ migrationsFolder: folder });
    plan = {
      folder,
      latest: files.reduce((max, m) => Math.max(max, m.folderMillis), 0),
      count: files.length,
    };
    plans.set(folder, plan);
  }
  return plan;
}

/** Test hook: forget cached journals after a test adds a migration folder. */
export function forgetMigrationPlans(): void {
  plans.clear();
}

/**
 * The `created_at` of the newest applied migration, or 0 for a database drizzle has never migrated. One round trip:
 * the bookkeeping table is read directly and its absence (undefined schema or table) means 0. Runs outside any
 * transaction of the caller's, so the expected error cannot abort one.
 */
export async function appliedVersion(client: pg.Client | pg.PoolClient): Promise<number> {
  try {
    const result = await client.query<{ latest: string | null }>(
      'select max(created_at)::text as latest from drizzle.__drizzle_migrations',
    );
    return Number(result.rows[0]?.latest ?? 0);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '42P01' || code === '3F000') return 0; // undefined_table, invalid_schema_name
    throw error;
  }
}

export type MigrateOutcome = 'migrated' | 'current';

/** Brings one database up to the folder's latest migration, in one transaction; a no-op costs two tiny queries. */
export async function migrateDatabase(client: pg.Client, folder: string): Promise<MigrateOutcome> {
  const plan = migrationPlan(folder);
  if ((await appliedVersion(client)) >= plan.latest) return 'current';
  // Quiet "schema already exists" notices from drizzle's bookkeeping.
  await client.query('set client_min_messages = warning');
  await migrate(drizzle(client), { migrationsFolder: folder });
  return 'migrated';
}
