import pg from 'pg';
import type { AdminCredentials } from './cluster';
import { adminCredentialsFor } from '../servers/server-credentials';

/**
 * Short-lived connections as the PostgreSQL admin, for DDL on databases and roles. Never pooled and never given
 * to request handlers: tenant requests run as the tenant's own role. `server` picks the database server by address;
 * its admin credentials come from the server registry (the environment's admin for the primary).
 */
export async function withAdminClient<T>(
  database: string,
  fn: (client: pg.Client) => Promise<T>,
  server: Partial<AdminCredentials> = {},
): Promise<T> {
  const admin = server.user
    ? { ...(await adminCredentialsFor(server)), ...server }
    : await adminCredentialsFor(server);
  const client = new pg.Client({
    host: admin.host,
    port: admin.port,
    user: admin.user,
    password: admin.password,
    database,
    application_name: 'smartdmv-admin',
    connectionTimeoutMillis: 10_000,
  });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** A maintenance database to run CREATE/DROP DATABASE from. */
export const MAINTENANCE_DATABASE = 'postgres';

export async function databaseExists(
  client: pg.Client,
  name: string,
): Promise<{ exists: boolean; comment: string | null }> {
  const { rows } = await client.query<{ comment: string | null }>(
    'select shobj_description(oid, $2) as comment from pg_database where datname = $1',
    [name, 'pg_database'],
  );
  return rows[0] ? { exists: true, comment: rows[0].comment } : { exists: false, comment: null };
}

export async function roleExists(
  client: pg.Client,
  name: string,
): Promise<{ exists: boolean; comment: string | null }> {
  const { rows } = await client.query<{ comment: string | null }>(
    'select shobj_description(oid, $2) as comment from pg_roles where rolname = $1',
    [name, 'pg_authid'],
  );
  return rows[0] ? { exists: true, comment: rows[0].comment } : { exists: false, comment: null };
}

export async function terminateConnections(client: pg.Client, database: string): Promise<void> {
  await client.query(
    'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [database],
  );
}
