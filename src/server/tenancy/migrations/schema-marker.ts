import type pg from 'pg';
import { logger } from '@/server/shared/logger';
import { ownershipComment, quoteLiteral } from '../cluster/identifiers';

/**
 * The comment on a tenant database says who it belongs to and, once checked, which schema version it holds:
 * `smartdmv tenant <uuid>` or `smartdmv tenant <uuid>; schema <millis>`.
 *
 * Database comments live in a shared catalog (pg_shdescription), so one query on any database of a server reads the
 * markers of all its tenant databases. That turns a no-op `tenants:migrate` over thousands of tenants from one
 * authenticated connection per database into one query per server.
 *
 * The version is never taken from the caller: the server copies it from the database's own migration journal in
 * the statement that writes it, so a marker can lag behind the journal (then the next run connects and checks) but
 * cannot claim a migration that has not been applied. Restoring older contents into the same database is the one
 * way to outdate it; `tenants:migrate --verify` ignores markers for that case.
 */

export type DatabaseMarker = { tenantId: string; schemaVersion: number | null };

const MARKER =
  /^smartdmv tenant ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:; schema (\d{1,15}))?$/;

export function parseDatabaseMarker(comment: string | null | undefined): DatabaseMarker | null {
  const match = comment ? MARKER.exec(comment) : null;
  if (!match) return null;
  return { tenantId: match[1]!, schemaVersion: match[2] === undefined ? null : Number(match[2]) };
}

/** True when the comment marks the database as created by SmartDMV for this tenant (with or without a version). */
export function isMarkedFor(comment: string | null | undefined, tenantId: string): boolean {
  return parseDatabaseMarker(comment)?.tenantId === tenantId;
}

/**
 * Records the schema version of the database the client is connected to, read from its drizzle journal by the
 * server in the same statement. Only a database already marked as this tenant's is touched (a pre-existing default
 * tenant database keeps its own comment), and an admin that does not own the database simply leaves no marker.
 * The marker only saves work later, so a failure here is logged, never raised.
 */
export async function recordSchemaVersion(client: pg.Client, tenantId: string): Promise<void> {
  const owned = ownershipComment(tenantId);
  if (parseDatabaseMarker(owned)?.tenantId !== tenantId)
    throw new Error('recordSchemaVersion needs a tenant uuid');
  // A DO block takes no bind parameters; the only value spliced in is a validated uuid, escaped as a literal.
  const sql = `do $marker$
declare
  owned constant text := ${quoteLiteral(owned)};
  existing text := shobj_description((select oid from pg_database where datname = current_database()), 'pg_database');
  marker text;
begin
  if existing is null or split_part(existing, ';', 1) <> owned then
    return;
  end if;
  select owned || '; schema ' || coalesce(max(created_at), 0) into marker from drizzle.__drizzle_migrations;
  if marker is distinct from existing then
    execute format('comment on database %I is %L', current_database(), marker);
  end if;
exception when insufficient_privilege or undefined_table or invalid_schema_name then
  null;
end
$marker$`;
  try {
    await client.query(sql);
  } catch (error) {
    logger.warn('could not record the schema version marker', { database: client.database, error });
  }
}

/** The comments of the named databases on the client's server; absent databases are absent from the map. */
export async function readDatabaseMarkers(
  client: pg.Client,
  databases: string[],
): Promise<Map<string, string | null>> {
  const { rows } = await client.query<{ datname: string; comment: string | null }>(
    `select datname, shobj_description(oid, 'pg_database') as comment from pg_database where datname = any($1::text[])`,
    [databases],
  );
  return new Map(rows.map((row) => [row.datname, row.comment]));
}
