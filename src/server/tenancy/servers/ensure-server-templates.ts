import { ne } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers } from '@/server/owner/db/schema';
import { clusterConfig } from '../cluster/cluster';
import { TENANT_MIGRATIONS } from '../migrations/run-migrations';
import { ensureTemplateDatabase } from '../provisioning/template';

/**
 * Brings the template database of every registered server other than the environment's (which set-up and
 * tenants:migrate handle first) to the latest tenant migration. OFFLINE servers are skipped. Returns the servers
 * whose template was migrated; a failure names the server.
 */
export async function ensureServerTemplates(folder = TENANT_MIGRATIONS): Promise<string[]> {
  const base = clusterConfig().admin;
  const servers = await ownerDb.select().from(databaseServers).where(ne(databaseServers.status, 'OFFLINE'));
  const migrated: string[] = [];
  for (const server of servers) {
    if (server.host === base.host && server.port === base.port) continue;
    try {
      const outcome = await ensureTemplateDatabase(folder, { host: server.host, port: server.port });
      if (outcome === 'migrated') migrated.push(`"${server.name}"`);
    } catch (error) {
      throw new Error(
        `the template on server "${server.name}" (${server.host}:${server.port}): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  return migrated;
}
