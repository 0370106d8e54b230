import path from 'node:path';
import { AppError } from '@/server/shared/errors';
import { MAINTENANCE_DATABASE, withAdminClient } from '@/server/tenancy/cluster/admin-client';
import { clusterConfig, type ServerAddress } from '@/server/tenancy/cluster/cluster';
import { quoteIdent } from '@/server/tenancy/cluster/identifiers';
import { migrateDatabase, TENANT_MIGRATIONS } from '@/server/tenancy/migrations/run-migrations';
import { dropDatabase } from '@/server/tenancy/provisioning/role-and-database';
import { DATABASE_PART } from './backup-location';
import { compareCounts, countTables } from './count-tables';
import type { BackupManifest } from './manifest';
import { pgTools, runPgTool } from './pg-tools';

/**
 * The database half of every restore (in place, as a new clinic, verification): an empty database from
 * template0, pg_restore into it as the admin (no owners or grants from the dump: the clinic's role gets its rights
 * afresh), then the migrations and the row-count check.
 */

export async function createEmptyDatabase(database: string, server: ServerAddress): Promise<void> {
  await withAdminClient(
    MAINTENANCE_DATABASE,
    (client) => client.query(`create database ${quoteIdent(database)} template template0`),
    server,
  );
}

export async function dropDatabaseIfExists(database: string, server: ServerAddress): Promise<void> {
  await withAdminClient(MAINTENANCE_DATABASE, (client) => dropDatabase(client, database), server);
}

export async function pgRestoreInto(folder: string, database: string, server: ServerAddress): Promise<void> {
  const tools = await pgTools();
  const admin = clusterConfig().admin;
  await runPgTool(
    tools.pgRestore,
    ['--no-owner', '--no-acl', '--exit-on-error', path.join(folder, DATABASE_PART)],
    { ...server, user: admin.user, password: admin.password, database },
  );
}

export async function migrateRestored(database: string, server: ServerAddress): Promise<void> {
  await withAdminClient(
    database,
    (client) => migrateDatabase(client, TENANT_MIGRATIONS).then(() => {}),
    server,
  );
}

/** Every table's row count against the manifest; 422 RESTORE_VERIFY_FAILED naming the tables that differ. */
export async function verifyRestoredCounts(
  database: string,
  server: ServerAddress,
  manifest: BackupManifest,
): Promise<void> {
  const actual = await withAdminClient(database, (client) => countTables(client), server);
  const mismatches = compareCounts(manifest.tables, actual);
  if (Object.keys(mismatches).length > 0)
    throw new AppError(
      422,
      'RESTORE_VERIFY_FAILED',
      `The restored row counts differ from the backup's manifest (${Object.keys(mismatches).join(', ')}).`,
      { mismatches },
    );
}
