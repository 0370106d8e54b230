import type pg from 'pg';
import { conflict } from '@/server/shared/errors';
import {
  databaseExists,
  MAINTENANCE_DATABASE,
  roleExists,
  terminateConnections,
  withAdminClient,
} from '../cluster/admin-client';
import { clusterConfig, type ServerAddress } from '../cluster/cluster';
import { ownershipComment, quoteIdent, quoteLiteral } from '../cluster/identifiers';
import { isMarkedFor } from '../migrations/schema-marker';
import { scramVerifier } from '../connections/scram-verifier';

/**
 * DDL for one tenant's role and database. Everything here runs as the admin and takes names that were built
 * from a validated slug; they are quoted all the same.
 */

export type TenantDatabaseTarget = { tenantId: string; database: string; role: string };

type Existing = 'absent' | 'ours' | 'foreign';

function classify(found: { exists: boolean; comment: string | null }, tenantId: string): Existing {
  if (!found.exists) return 'absent';
  return isMarkedFor(found.comment, tenantId) ? 'ours' : 'foreign';
}

/**
 * Refuses (409) when the database or role exists and is not marked as this tenant's: we never drop or reuse
 * something we did not create. Leftovers marked as this tenant's (a crashed earlier attempt) are removed.
 * Runs on the caller's maintenance connection (provisioning does all its cluster-level DDL on one).
 */
export async function assertNoForeignObjects(client: pg.Client, target: TenantDatabaseTarget): Promise<void> {
  const database = classify(await databaseExists(client, target.database), target.tenantId);
  const role = classify(await roleExists(client, target.role), target.tenantId);
  if (database === 'foreign') {
    throw conflict(
      'DATABASE_EXISTS',
      `A database named ${target.database} already exists and was not created for this tenant.`,
    );
  }
  if (role === 'foreign') {
    throw conflict(
      'ROLE_EXISTS',
      `A role named ${target.role} already exists and was not created for this tenant.`,
    );
  }
  if (database === 'ours') await dropDatabase(client, target.database);
  if (role === 'ours') await client.query(`drop role if exists ${quoteIdent(target.role)}`);
}

export async function createTenantRole(
  client: pg.Client,
  target: TenantDatabaseTarget,
  password: string,
): Promise<void> {
  // Literals, not parameters: utility statements take no bind parameters. escapeLiteral makes them safe.
  // The password is stored as a low-iteration SCRAM verifier: connects stay cheap (see scram-verifier.ts).
  // Both statements in one simple query: one round trip, and one implicit transaction (no role without its marker).
  await client.query(
    `create role ${quoteIdent(target.role)} login nosuperuser nocreatedb nocreaterole noinherit noreplication password ${quoteLiteral(scramVerifier(password))};
     comment on role ${quoteIdent(target.role)} is ${quoteLiteral(ownershipComment(target.tenantId))}`,
  );
}

export async function markDatabase(client: pg.Client, target: TenantDatabaseTarget): Promise<void> {
  const db = quoteIdent(target.database);
  await client.query(`comment on database ${db} is ${quoteLiteral(ownershipComment(target.tenantId))}`);
}

/**
 * Database-level half of the tenant's access: only the tenant's role (and the admin, plus `extraConnectRoles`) may
 * connect. Runs on a maintenance connection of the tenant's server.
 */
export async function grantDatabaseConnect(
  client: pg.Client,
  target: Pick<TenantDatabaseTarget, 'database' | 'role'>,
  connectRoles: string[],
): Promise<void> {
  const db = quoteIdent(target.database);
  // One simple query (one round trip, one implicit transaction).
  await client.query(
    [
      `revoke connect, temporary on database ${db} from public`,
      ...[...new Set(connectRoles)].map((role) => `grant connect on database ${db} to ${quoteIdent(role)}`),
      `grant connect, temporary on database ${db} to ${quoteIdent(target.role)}`,
    ].join(';\n'),
  );
}

/**
 * Schema-level half, run on an admin connection to the tenant's database: data rights, no DDL. Default privileges
 * make tables added by later migrations usable too; `tenants:migrate` re-applies this after migrating because
 * default privileges only cover objects created by the role that set them (a different PGUSER would not be).
 * One round trip: a multi-statement simple query.
 */
export async function grantTableRights(client: pg.Client, role: string): Promise<void> {
  const r = quoteIdent(role);
  await client.query(
    [
      `grant usage on schema public to ${r}`,
      `grant select, insert, update, delete on all tables in schema public to ${r}`,
      `grant usage, select, update on all sequences in schema public to ${r}`,
      `alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
      `alter default privileges in schema public grant usage, select, update on sequences to ${r}`,
    ].join(';\n'),
  );
}

/** Both halves, each on its own short admin connection to the tenant's server (the admin's by default). */
export async function grantTenantAccess(
  target: Pick<TenantDatabaseTarget, 'database' | 'role'>,
  extraConnectRoles: string[] = [],
  server: Partial<ServerAddress> = {},
) {
  const admin = clusterConfig().admin;
  await withAdminClient(
    MAINTENANCE_DATABASE,
    (client) => grantDatabaseConnect(client, target, [admin.user, ...extraConnectRoles]),
    server,
  );
  await withAdminClient(target.database, (client) => grantTableRights(client, target.role), server);
}

export async function dropDatabase(client: pg.Client, database: string): Promise<void> {
  // Refuse new connections first, so nothing reconnects between terminate and drop.
  await client.query(`alter database ${quoteIdent(database)} allow_connections false`).catch(() => {});
  await terminateConnections(client, database);
  await client.query(`drop database if exists ${quoteIdent(database)} with (force)`);
}

/**
 * Drops a tenant's database and role on the tenant's server (the admin's by default). Used by rollback and by
 * deprovisioning; never on foreign objects.
 */
export async function dropTenantDatabaseAndRole(
  target: TenantDatabaseTarget,
  server: Partial<ServerAddress> = {},
): Promise<void> {
  await withAdminClient(
    MAINTENANCE_DATABASE,
    async (client) => {
      const database = classify(await databaseExists(client, target.database), target.tenantId);
      if (database === 'ours') await dropDatabase(client, target.database);
      const role = classify(await roleExists(client, target.role), target.tenantId);
      if (role === 'ours') await client.query(`drop role if exists ${quoteIdent(target.role)}`);
    },
    server,
  );
}
