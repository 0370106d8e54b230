import { asc, eq, ne } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { databaseServers, tenants, type DatabaseServer } from '@/server/owner/db/schema';
import { notFound } from '@/server/shared/errors';
import { MAINTENANCE_DATABASE, withAdminClient } from '@/server/tenancy/cluster/admin-client';
import type { ServerView } from './server.schema';

type ServerFigures = Pick<ServerView, 'clinics' | 'databaseBytes' | 'connections' | 'reachable'>;

export function describeServer(row: DatabaseServer, figures: ServerFigures): ServerView {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: row.port,
    adminUser: row.adminUser,
    poolerHost: row.poolerHost,
    poolerPort: row.poolerPort,
    capacity: row.capacity,
    status: row.status,
    ...figures,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Size and open connections of a server's clinic databases: one admin query per server, 3 s at most. */
async function measure(row: DatabaseServer, databases: string[]) {
  try {
    return await withAdminClient(
      MAINTENANCE_DATABASE,
      async (client) => {
        const { rows } = await client.query<{ bytes: string | null; connections: number }>(
          `select (select sum(pg_database_size(datname))::bigint from pg_database where datname = any($1)) as bytes,
                  (select count(*)::int from pg_stat_activity where datname = any($1)) as connections`,
          [databases],
        );
        return {
          databaseBytes: Number(rows[0]?.bytes ?? 0),
          connections: rows[0]?.connections ?? 0,
          reachable: true,
        };
      },
      { host: row.host, port: row.port },
    );
  } catch {
    return { databaseBytes: null, connections: null, reachable: false };
  }
}

async function withFigures(db: OwnerDb, rows: DatabaseServer[]): Promise<ServerView[]> {
  const placed = await db
    .select({ serverId: tenants.serverId, dbName: tenants.dbName })
    .from(tenants)
    .where(ne(tenants.status, 'DELETED'));
  return Promise.all(
    rows.map(async (row) => {
      const databases = placed.filter((t) => t.serverId === row.id).map((t) => t.dbName);
      const figures =
        row.status === 'OFFLINE'
          ? { databaseBytes: null, connections: null, reachable: false }
          : await measure(row, databases);
      return describeServer(row, { clinics: databases.length, ...figures });
    }),
  );
}

/** GET /api/owner/servers: every registered server with its clinics, database bytes, connections and status. */
export async function listServers(db: OwnerDb): Promise<ServerView[]> {
  const rows = await db.select().from(databaseServers).orderBy(asc(databaseServers.createdAt));
  return withFigures(db, rows);
}

export async function getServer(db: OwnerDb, id: string): Promise<ServerView> {
  const [row] = await db.select().from(databaseServers).where(eq(databaseServers.id, id));
  if (!row) throw notFound('Database server');
  const [view] = await withFigures(db, [row]);
  return view!;
}
