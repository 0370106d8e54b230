import { and, eq, inArray, ne } from 'drizzle-orm';
import { env } from '@/env';
import { ownerDb } from '@/server/owner/db/client';
import { databaseServers, tenants } from '@/server/owner/db/schema';
import { notFound } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { onTenantRoutingChange } from '../routing/resolve-tenant';
import { loadTenantConnectionInfo, tenantAddress } from './connection-info';
import { TenantPoolRegistry } from './pool-registry';

/**
 * The process-wide registry of tenant connections, built with what it needs: the budget from the environment, the
 * owner database's connection info, and a listener that closes a clinic's connections when it is suspended,
 * deleted or moved. Importing this module is the whole set-up; there is nothing to register first.
 */

// On globalThis: Next.js may load this module once per route bundle, and every copy must share one registry.
const GLOBAL_KEY = Symbol.for('smartdmv.tenantPools');
const globalRegistry = globalThis as unknown as { [GLOBAL_KEY]?: TenantPoolRegistry };

export function tenantPools(): TenantPoolRegistry {
  let registry = globalRegistry[GLOBAL_KEY];
  if (!registry) {
    const e = env();
    registry = new TenantPoolRegistry({
      maxTotal: e.TENANT_POOL_MAX_TOTAL,
      maxPerTenant: e.TENANT_POOL_MAX_PER_TENANT,
      idleMs: e.TENANT_POOL_IDLE_MS,
      loadConnectionInfo: loadTenantConnectionInfo,
    });
    globalRegistry[GLOBAL_KEY] = registry;
    closeConnectionsOnRoutingChange();
  }
  return registry;
}

function closeConnectionsOnRoutingChange(): void {
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
      dbHost: tenants.dbHost,
      dbPort: tenants.dbPort,
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
    const { host, port } = tenantAddress(row);
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
