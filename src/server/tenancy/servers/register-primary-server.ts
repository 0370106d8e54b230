import { eq, isNull, sql } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { databaseServers, tenants, type DatabaseServer } from '@/server/owner/db/schema';
import { decryptSecret, encryptSecret } from '@/server/shared/secret-box';
import { appSecret, clusterConfig } from '../cluster/cluster';
import { forgetServerCredentials } from './server-credentials';

export const PRIMARY_SERVER_NAME = 'primary';
/** Clinics the primary takes before placement prefers other servers; the operator changes it on the Servers page. */
const DEFAULT_PRIMARY_CAPACITY = 1000;

/**
 * Set-up's part of the server registry: the server from the environment is `primary`, kept in step with the
 * environment (the embedded server may change port, the operator may change PGPASSWORD), and clinics without a
 * server (created before the registry existed) are placed on it. Returns what changed, for set-up's report.
 */
export async function registerPrimaryServer(db: OwnerDb): Promise<string[]> {
  const changes: string[] = [];
  const admin = clusterConfig().admin;
  const [existing] = await db
    .select()
    .from(databaseServers)
    .where(eq(databaseServers.name, PRIMARY_SERVER_NAME));
  let primary: DatabaseServer;
  if (!existing) {
    [primary] = (await db
      .insert(databaseServers)
      .values({
        name: PRIMARY_SERVER_NAME,
        host: admin.host,
        port: admin.port,
        adminUser: admin.user,
        adminPasswordEncrypted: encryptSecret(admin.password, appSecret()),
        capacity: DEFAULT_PRIMARY_CAPACITY,
      })
      .returning()) as [DatabaseServer];
    changes.push(`registered the database server ${admin.host}:${admin.port} as "${PRIMARY_SERVER_NAME}"`);
  } else {
    primary = existing;
    if (
      existing.host !== admin.host ||
      existing.port !== admin.port ||
      existing.adminUser !== admin.user ||
      !sameSecret(existing.adminPasswordEncrypted, admin.password)
    ) {
      await db
        .update(databaseServers)
        .set({
          host: admin.host,
          port: admin.port,
          adminUser: admin.user,
          adminPasswordEncrypted: encryptSecret(admin.password, appSecret()),
          updatedAt: new Date(),
        })
        .where(eq(databaseServers.id, existing.id));
      forgetServerCredentials();
      changes.push(`updated the "${PRIMARY_SERVER_NAME}" database server from the environment`);
    }
  }
  const placed = await db
    .update(tenants)
    .set({ serverId: primary.id })
    .where(isNull(tenants.serverId))
    .returning({ id: tenants.id });
  if (placed.length > 0)
    changes.push(`placed ${placed.length} clinics on the "${PRIMARY_SERVER_NAME}" server`);
  return changes;
}

/** Follows the embedded server's new port (see repointEmbeddedTenants); a no-op before the registry exists. */
export async function repointPrimaryServer(db: OwnerDb, port: number): Promise<void> {
  await db
    .update(databaseServers)
    .set({ port, updatedAt: new Date() })
    .where(sql`${databaseServers.name} = ${PRIMARY_SERVER_NAME} and ${databaseServers.port} <> ${port}`)
    .catch(() => {});
  forgetServerCredentials();
}

function sameSecret(encrypted: string, plain: string): boolean {
  try {
    return decryptSecret(encrypted, appSecret()) === plain;
  } catch {
    return false;
  }
}
