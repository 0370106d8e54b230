import crypto from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, tenants } from '@/server/owner/db/schema';
import { deprovisionTenant } from '@/server/tenancy/provisioning/deprovision-tenant';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/server/tenancy/cluster/embedded-postgres';

/**
 * A second real PostgreSQL (another embedded cluster) for tests of the server registry, placement and moves.
 * `retire()` takes it out of the shared owner database before stopping it: other test files run in parallel and
 * `tenants:migrate` visits every registered, non-OFFLINE server and every clinic on it.
 */
export type SecondServer = {
  host: string;
  port: number;
  user: string;
  password: string;
  query: <R extends pg.QueryResultRow>(database: string, text: string, values?: unknown[]) => Promise<R[]>;
  retire: () => Promise<void>;
};

export async function startSecondServer(): Promise<SecondServer> {
  const dataDir = path.join(
    process.env.SMARTDMV_TEST_ROOT!,
    `second-${crypto.randomBytes(4).toString('hex')}`,
  );
  const server: EmbeddedServer = await startEmbeddedPostgres({ dataDir });
  const address = { host: '127.0.0.1', port: server.port, user: server.user, password: server.password };
  const query = async <R extends pg.QueryResultRow>(
    database: string,
    text: string,
    values: unknown[] = [],
  ) => {
    const client = new pg.Client({ ...address, database });
    await client.connect();
    try {
      return (await client.query<R>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    ...address,
    query,
    retire: async () => {
      const rows = await ownerDb.select().from(databaseServers).where(eq(databaseServers.port, server.port));
      for (const row of rows) {
        await ownerDb
          .update(databaseServers)
          .set({ status: 'OFFLINE' })
          .where(eq(databaseServers.id, row.id));
        const placed = await ownerDb.select().from(tenants).where(eq(tenants.serverId, row.id));
        for (const t of placed)
          if (t.status !== 'DELETED') await deprovisionTenant(t.id).catch(() => undefined);
      }
      await server.stop();
    },
  };
}
