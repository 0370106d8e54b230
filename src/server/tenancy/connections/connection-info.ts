import { eq } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, tenants } from '@/server/owner/db/schema';
import { AppError, notFound } from '@/server/shared/errors';
import { decryptSecret } from '@/server/shared/secret-box';
import { appSecret, localSocketDirFor, type ServerAddress } from '../cluster/cluster';
import type { TenantConnectionInfo } from './pool-registry';

type AddressFields = {
  dbHost: string;
  dbPort: number;
  poolerHost: string | null;
  poolerPort: number | null;
};

/**
 * Where a tenant's traffic goes: its server's pooler (PgBouncer in transaction mode) when it has one, else the
 * server itself, through its Unix socket when it is the local embedded one. The one rule for connecting and for
 * noticing that an open connection's address is stale (a move, a pooler added).
 */
export function tenantAddress(fields: AddressFields): ServerAddress {
  if (fields.poolerHost) return { host: fields.poolerHost, port: fields.poolerPort ?? 6432 };
  const direct = { host: fields.dbHost, port: fields.dbPort };
  return { host: localSocketDirFor(direct) ?? direct.host, port: direct.port };
}

/** How to connect as a tenant's own role (at tenantAddress): read from the owner database, decrypted in memory only. */
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
    ...tenantAddress({ ...tenant, poolerHost: row.poolerHost, poolerPort: row.poolerPort }),
    database: tenant.dbName,
    user: tenant.dbRole,
    password: decryptSecret(tenant.dbPasswordEncrypted, appSecret()),
  };
}
