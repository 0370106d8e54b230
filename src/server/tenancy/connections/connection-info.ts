import { eq } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, tenants } from '@/server/owner/db/schema';
import { AppError, notFound } from '@/server/shared/errors';
import { decryptSecret } from '@/server/shared/secret-box';
import { appSecret } from '../cluster/cluster';
import type { TenantConnectionInfo } from './pool-registry';

/**
 * How to connect as a tenant's own role: read from the owner database and decrypted in memory only. Through the
 * server's pooler (PgBouncer in transaction mode) when it has one, else directly.
 */
export async function loadTenantConnectionInfo(tenantId: string): Promise<TenantConnectionInfo> {
  const [row] = await ownerDb
    .select({
      tenant: tenants,
      poolerHost: databaseServers.poolerHost,
      poolerPort: databaseServers.poolerPort,
    })
    .from(tenants)
    .leftJoin(databaseServers, eq(databaseServers.id, tenants.serverId))
    .where(eq(tenants.id, tenantId));
  const tenant = row?.tenant;
  if (!tenant || tenant.status === 'DELETED') throw notFound('Tenant');
  if (!tenant.dbPasswordEncrypted)
    throw new AppError(503, 'TENANT_UNAVAILABLE', 'This tenant is not provisioned yet.');
  return {
    host: row.poolerHost ?? tenant.dbHost,
    port: row.poolerHost ? (row.poolerPort ?? 6432) : tenant.dbPort,
    database: tenant.dbName,
    user: tenant.dbRole,
    password: decryptSecret(tenant.dbPasswordEncrypted, appSecret()),
  };
}
