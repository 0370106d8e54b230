import type pg from 'pg';
import { ownerPool } from '@/server/owner/db/client';
import { databaseExists, MAINTENANCE_DATABASE, withAdminClient } from '../cluster/admin-client';
import { TEMPLATE_DATABASE, type ServerAddress } from '../cluster/cluster';
import { quoteIdent } from '../cluster/identifiers';
import { migrateDatabase, TENANT_MIGRATIONS, type MigrateOutcome } from '../migrations/run-migrations';

/**
 * The pre-migrated template every tenant database is cloned from (CREATE DATABASE … TEMPLATE). Cloning fails
 * while anyone is connected to the template, so migrations of the template take an exclusive advisory lock
 * (in the owner database) and clones take it shared.
 */
const TEMPLATE_LOCK_KEY = 0x5d4d5601;

async function withTemplateLock<T>(mode: 'shared' | 'exclusive', fn: () => Promise<T>): Promise<T> {
  const client = await ownerPool().connect();
  const lockFn = mode === 'shared' ? 'pg_advisory_lock_shared' : 'pg_advisory_lock';
  const unlockFn = mode === 'shared' ? 'pg_advisory_unlock_shared' : 'pg_advisory_unlock';
  try {
    await client.query(`select ${lockFn}($1)`, [TEMPLATE_LOCK_KEY]);
    try {
      return await fn();
    } finally {
      await client.query(`select ${unlockFn}($1)`, [TEMPLATE_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/**
 * Creates the template if missing and migrates it to the latest tenant migration, on one database server (the
 * environment's by default): every server keeps its own template, since CREATE DATABASE … TEMPLATE is local.
 */
export async function ensureTemplateDatabase(
  folder = TENANT_MIGRATIONS,
  server: Partial<ServerAddress> = {},
): Promise<MigrateOutcome> {
  return withTemplateLock('exclusive', async () => {
    await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        if (!(await databaseExists(client, TEMPLATE_DATABASE)).exists) {
          await client.query(`create database ${quoteIdent(TEMPLATE_DATABASE)}`);
          // Nobody but the admin may connect; it is cloned, never served.
          await client.query(`revoke all on database ${quoteIdent(TEMPLATE_DATABASE)} from public`);
        }
      },
      server,
    );
    const outcome = await withAdminClient(
      TEMPLATE_DATABASE,
      (client) => migrateDatabase(client, folder),
      server,
    );
    await withAdminClient(
      MAINTENANCE_DATABASE,
      (client) => client.query(`alter database ${quoteIdent(TEMPLATE_DATABASE)} is_template true`),
      server,
    );
    return outcome;
  });
}

/** Clones the template into a new database owned by the admin. Caller validates and quotes nothing else. */
export async function cloneTemplate(client: pg.Client, databaseName: string): Promise<void> {
  await withTemplateLock('shared', async () => {
    await client.query(
      `create database ${quoteIdent(databaseName)} template ${quoteIdent(TEMPLATE_DATABASE)}`,
    );
  });
}
