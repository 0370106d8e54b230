import { and, eq, inArray, ne } from 'drizzle-orm';
import { logger } from '@/server/shared/logger';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, tenants } from '@/server/owner/db/schema';
import { AppError, notFound } from '@/server/shared/errors';
import { decryptSecret } from '@/server/shared/secret-box';
import { appSecret } from '../cluster/cluster';
import { setConnectionInfoLoader, type TenantConnectionInfo } from './pool-registry';
import { tenantPools } from './tenant-connections';
import { type TenantDb } from '@/server/tenant/db/tenant-db';
import { onTenantRoutingChange } from '../routing/resolve-tenant';

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

setConnectionInfoLoader(loadTenantConnectionInfo);

const CLOSE_KEY = Symbol.for('smartdmv.closeOnStatusChange');
const flags = globalThis as unknown as { [CLOSE_KEY]?: boolean };
if (!flags[CLOSE_KEY]) {
  flags[CLOSE_KEY] = true;
  // A suspended or deleted tenant's connections are closed as soon as this process hears about it, and so are
  // those of a tenant whose address changed (moved to another server, pooler added): the next request reconnects.
  // Caught: the listener also fires when the owner database goes away, and an unhandled rejection there would
  // end the whole process. The next change (or the reconnect) checks again.
  onTenantRoutingChange(() => {
    closeStaleConnections().catch((error: unknown) => {
      logger.warn('could not check for stale tenant connections', { error });
    });
  });
}

async function closeStaleConnections(): Promise<void> {
  const registry = tenantPools();
  const open = registry.openTenantIds();
  if (open.length === 0) return;
  const rows = await ownerDb
    .select({
      id: tenants.id,
      status: tenants.status,
      host: tenants.dbHost,
      port: tenants.dbPort,
      database: tenants.dbName,
      poolerHost: databaseServers.poolerHost,
      poolerPort: databaseServers.poolerPort,
    })
    .from(tenants)
    .leftJoin(databaseServers, eq(databaseServers.id, tenants.serverId))
    .where(inArray(tenants.id, open));
  const current = new Map(rows.map((r) => [r.id, r]));
  const stale = open.filter((id) => {
    const row = current.get(id);
    if (!row || row.status !== 'ACTIVE') return true;
    const info = registry.connectionInfoOf(id);
    if (!info) return false;
    const host = row.poolerHost ?? row.host;
    const port = row.poolerHost ? (row.poolerPort ?? 6432) : row.port;
    return info.host !== host || info.port !== port || info.database !== row.database;
  });
  await Promise.all(stale.map((id) => registry.close(id)));
}

/**
 * The seed's `getTenantDatabase(tenantIdOrSlug)`: a drizzle handle on that tenant's database, as its own role.
 * Request handlers use withTenant(), which leases the pool for the whole request instead.
 */
export async function getTenantDatabase(tenantIdOrSlug: string): Promise<TenantDb> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(tenantIdOrSlug);
  const [tenant] = await ownerDb
    .select({ id: tenants.id, status: tenants.status })
    .from(tenants)
    .where(
      and(
        isUuid ? eq(tenants.id, tenantIdOrSlug) : eq(tenants.slug, tenantIdOrSlug),
        ne(tenants.status, 'DELETED'),
      ),
    );
  if (!tenant) throw notFound('Tenant');
  return tenantPools().handle(tenant.id);
}
