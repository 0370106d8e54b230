import { and, eq } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, type DatabaseServer } from '@/server/owner/db/schema';
import { decryptSecret } from '@/server/shared/secret-box';
import { appSecret, clusterConfig, type AdminCredentials, type ServerAddress } from '../cluster/cluster';

/**
 * The admin credentials for a database server address: the environment's own admin for the server it names, else
 * the registered server's (decrypted in memory only). Cached briefly: a migration run over 1,000 clinics asks
 * once per server, not once per clinic.
 */

const CACHE_MS = 5_000;
const cache = new Map<string, { credentials: AdminCredentials; expiresAt: number }>();

export function serverAdminCredentials(server: DatabaseServer): AdminCredentials {
  return {
    host: server.host,
    port: server.port,
    user: server.adminUser,
    password: decryptSecret(server.adminPasswordEncrypted, appSecret()),
  };
}

export async function adminCredentialsFor(address: Partial<ServerAddress>): Promise<AdminCredentials> {
  const base = clusterConfig().admin;
  const host = address.host ?? base.host;
  const port = address.port ?? base.port;
  if (host === base.host && port === base.port) return base;
  const key = `${host}:${port}`;
  const hit = cache.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.credentials;
  const [row] = await ownerDb
    .select()
    .from(databaseServers)
    .where(and(eq(databaseServers.host, host), eq(databaseServers.port, port)))
    .catch(() => [] as DatabaseServer[]); // before the owner migrations have run
  // An unregistered address (older rows, tests) is tried with the environment's admin, as before servers existed.
  const credentials = row ? serverAdminCredentials(row) : { ...base, host, port };
  cache.set(key, { credentials, expiresAt: Date.now() + CACHE_MS });
  return credentials;
}

export function forgetServerCredentials(): void {
  cache.clear();
}
