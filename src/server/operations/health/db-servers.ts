import pg from 'pg';
import { ownerPool } from '@/server/owner/db/client';
import { clusterConfig } from '@/server/tenancy/cluster/cluster';
import { adminCredentialsFor } from '@/server/tenancy/servers/server-credentials';

/**
 * The database servers in use: the cluster's admin server plus every host:port a clinic lives on. A server is
 * "active" when an ACTIVE clinic lives on it (readiness requires those to be reachable).
 */
export type DbServer = { key: string; host: string; port: number; activeClinics: number; clinics: number };

export async function listDbServers(): Promise<DbServer[]> {
  const { rows } = await ownerPool().query<{ host: string; port: number; clinics: number; active: number }>(
    `select db_host as host, db_port as port, count(*)::int as clinics,
            count(*) filter (where status = 'ACTIVE')::int as active
       from tenants where status <> 'DELETED' group by db_host, db_port`,
  );
  const admin = clusterConfig().admin;
  const servers = new Map<string, DbServer>();
  const add = (host: string, port: number, clinics: number, activeClinics: number) =>
    servers.set(`${host}:${port}`, { key: `${host}:${port}`, host, port, clinics, activeClinics });
  add(admin.host, admin.port, 0, 0);
  for (const row of rows) add(row.host, row.port, row.clinics, row.active);
  return [...servers.values()];
}

export type ServerProbe = {
  reachable: boolean;
  connections: number | null;
  maxConnections: number | null;
  error?: string;
};

/**
 * One admin connection, as that server's own admin (a registered server has its own): reachable, and connections
 * against max_connections. Bounded by a 3 s timeout.
 */
export async function probeServer(server: Pick<DbServer, 'host' | 'port'>): Promise<ServerProbe> {
  const admin = await adminCredentialsFor(server);
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: admin.user,
    password: admin.password,
    database: 'postgres',
    application_name: 'smartdmv-health',
    connectionTimeoutMillis: 3_000,
    query_timeout: 3_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ connections: number; max: number }>(
      `select (select count(*) from pg_stat_activity)::int as connections,
              current_setting('max_connections')::int as max`,
    );
    return { reachable: true, connections: rows[0]!.connections, maxConnections: rows[0]!.max };
  } catch (error) {
    return {
      reachable: false,
      connections: null,
      maxConnections: null,
      error: (error as { code?: string }).code ?? 'UNREACHABLE',
    };
  } finally {
    await client.end().catch(() => {});
  }
}
