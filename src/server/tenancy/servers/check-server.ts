import net from 'node:net';
import pg from 'pg';
import { AppError, pgErrorCode } from '@/server/shared/errors';
import type { AdminCredentials } from '../cluster/cluster';

/**
 * What a database server must offer before clinics are placed on it: a connection as the given admin, and the
 * rights provisioning uses (CREATEDB and CREATEROLE, or superuser). Refuses with a 422 whose code and message name
 * the check that failed; the password is never echoed.
 */
export async function checkServerAdmin(admin: AdminCredentials): Promise<{ version: string }> {
  const client = new pg.Client({
    ...admin,
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
    application_name: 'smartdmv-admin',
  });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    const code = pgErrorCode(error);
    if (code === '28P01' || code === '28000')
      throw new AppError(
        422,
        'SERVER_AUTH_FAILED',
        `The server at ${admin.host}:${admin.port} refused the user "${admin.user}": check the admin user and password.`,
      );
    throw new AppError(
      422,
      'SERVER_UNREACHABLE',
      `Could not connect to PostgreSQL at ${admin.host}:${admin.port}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  try {
    const { rows } = await client.query<{
      rolsuper: boolean;
      rolcreatedb: boolean;
      rolcreaterole: boolean;
      version: string;
    }>(
      "select rolsuper, rolcreatedb, rolcreaterole, current_setting('server_version') as version from pg_roles where rolname = current_user",
    );
    const role = rows[0];
    const missing = role?.rolsuper
      ? []
      : [!role?.rolcreatedb && 'CREATEDB', !role?.rolcreaterole && 'CREATEROLE'].filter(Boolean);
    if (missing.length > 0)
      throw new AppError(
        422,
        'SERVER_ADMIN_RIGHTS',
        `The user "${admin.user}" lacks ${missing.join(' and ')} on ${admin.host}:${admin.port}: grant it (or use a superuser).`,
      );
    return { version: role!.version };
  } finally {
    await client.end().catch(() => {});
  }
}

/** A TCP check of the pooler address (PgBouncer answers the PostgreSQL protocol; a socket is enough here). */
export async function checkPoolerReachable(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host, port, timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error('timed out'));
    });
    socket.once('error', reject);
  }).catch((error: Error) => {
    throw new AppError(
      422,
      'POOLER_UNREACHABLE',
      `Could not reach the pooler at ${host}:${port}: ${error.message}.`,
    );
  });
}
