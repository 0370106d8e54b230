import type pg from 'pg';
import { conflict } from '@/server/shared/errors';
import { databaseExists, MAINTENANCE_DATABASE, roleExists, terminateConnections, withAdminClient } from './admin-client';
import { clusterConfig } from './cluster';
import { ownershipComment, quoteIdent, quoteLiteral } from './identifiers';

/**
 * DDL for one tenant's role and database. Everything here runs as the admin and takes names that were built
 * from a validated slug; they are quoted all the same.
 */

export type TenantDatabaseTarget = { tenantId: string; database: string; role: string };

type Existing = 'absent' | 'ours' | 'foreign';

function classify(found: { exists: boolean; comment: string | null }, tenantId: string): Existing {
  if (!found.exists) return 'absent';
  return found.comment === ownershipComment(tenantId) ? 'ours' : 'foreign';
}

/**
 * Refuses (409) when the database or role exists and is not marked as this tenant's: we never drop or reuse
 * something we did not create. Leftovers marked as this tenant's (a crashed earlier attempt) are removed.
 */
export async function assertNoForeignObjects(target: TenantDatabaseTarget): Promise<void> {
  await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
    const database = classify(await databaseExists(client, target.database), target.tenantId);
    const role = classify(await roleExists(client, target.role), target.tenantId);
    if (database === 'foreign') {
      throw conflict('DATABASE_EXISTS', `A database named ${target.database} already exists and was not created for this tenant.`);
    }
    if (role === 'foreign') {
      throw conflict('ROLE_EXISTS', `A role named ${target.role} already exists and was not created for this tenant.`);
    }
    if (database === 'ours') await dropDatabase(client, target.database);
    if (role === 'ours') await client.query(`drop role if exists ${quoteIdent(target.role)}`);
  });
}

export async function createTenantRole(client: pg.Client, target: TenantDatabaseTarget, password: string): Promise<void> {
  // Literal, not a parameter: utility statements take no bind parameters. escapeLiteral makes it safe.
  await client.query(
    `create role ${quoteIdent(target.role)} login nosuperuser nocreatedb nocreaterole noinherit noreplication password ${quoteLiteral(password)}`,
  );
  await client.query(`comment on role ${quoteIdent(target.role)} is ${quoteLiteral(ownershipComment(target.tenantId))}`);
}

export async function markDatabase(client: pg.Client, target: TenantDatabaseTarget): Promise<void> {
  const db = quoteIdent(target.database);
  await client.query(`comment on database ${db} is ${quoteLiteral(ownershipComment(target.tenantId))}`);
}

/**
 * Only the tenant's role (and the admin) may connect; the role gets data rights, no DDL. Default privileges make
 * tables added by later migrations (run by the admin) usable by the role too.
 */
export async function grantTenantAccess(target: Pick<TenantDatabaseTarget, 'database' | 'role'>, extraConnectRoles: string[] = []) {
  const admin = clusterConfig().admin;
  await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
    const db = quoteIdent(target.database);
    await client.query(`revoke connect, temporary on database ${db} from public`);
    for (const role of [admin.user, ...extraConnectRoles]) await client.query(`grant connect on database ${db} to ${quoteIdent(role)}`);
    await client.query(`grant connect, temporary on database ${db} to ${quoteIdent(target.role)}`);
  });
  await withAdminClient(target.database, async (client) => {
    const role = quoteIdent(target.role);
    await client.query(`grant usage on schema public to ${role}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await client.query(`grant usage, select, update on all sequences in schema public to ${role}`);
    await client.query(`alter default privileges in schema public grant select, insert, update, delete on tables to ${role}`);
    await client.query(`alter default privileges in schema public grant usage, select, update on sequences to ${role}`);
  });
}

export async function dropDatabase(client: pg.Client, database: string): Promise<void> {
  // Refuse new connections first, so nothing reconnects between terminate and drop.
  await client.query(`alter database ${quoteIdent(database)} allow_connections false`).catch(() => {});
  await terminateConnections(client, database);
  await client.query(`drop database if exists ${quoteIdent(database)} with (force)`);
}

/** Drops a tenant's database and role. Used by rollback and by deprovisioning; never on foreign objects. */
export async function dropTenantDatabaseAndRole(target: TenantDatabaseTarget): Promise<void> {
  await withAdminClient(MAINTENANCE_DATABASE, async (client) => {
    const database = classify(await databaseExists(client, target.database), target.tenantId);
    if (database === 'ours') await dropDatabase(client, target.database);
    const role = classify(await roleExists(client, target.role), target.tenantId);
    if (role === 'ours') await client.query(`drop role if exists ${quoteIdent(target.role)}`);
  });
}
