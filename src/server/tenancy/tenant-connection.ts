import { and, eq, ne } from 'drizzle-orm';
import { logger } from '@/server/shared/logger';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { AppError, notFound } from '@/server/shared/errors';
import { decryptSecret } from '@/server/shared/secret-box';
import { appSecret } from './cluster';
import {
  setConnectionInfoLoader,
  tenantPools,
  type TenantConnectionInfo,
  type TenantDb,
} from './pool-registry';
import { onTenantRoutingChange } from './resolve-tenant';

/** How to connect as a tenant's own role: read from the owner database and decrypted in memory only. */
export async function loadTenantConnectionInfo(tenantId: string): Promise<TenantConnectionInfo> {
  const [tenant] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant || tenant.status === 'DELETED') throw notFound('Tenant');
  if (!tenant.dbPasswordEncrypted)
    throw new AppError(503, 'TENANT_UNAVAILABLE', 'This tenant is not provisioned yet.');
  return {
    host: tenant.dbHost,
    port: tenant.dbPort,
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
  // A suspended or deleted tenant's pool is closed as soon as this process hears about it.
  // Caught: the listener also fires when the owner database goes away, and an unhandled rejection there would
  // end the whole process. The next change (or the reconnect) checks again.
  onTenantRoutingChange(() => {
    closePoolsOfInactiveTenants().catch((error: unknown) => {
      logger.warn('could not check for inactive tenant pools', { error });
    });
  });
}

async function closePoolsOfInactiveTenants(): Promise<void> {
  const registry = tenantPools();
  const open = registry.openTenantIds();
  if (open.length === 0) return;
  const rows = await ownerDb.select({ id: tenants.id, status: tenants.status }).from(tenants);
  const active = new Set(rows.filter((r) => r.status === 'ACTIVE').map((r) => r.id));
  await Promise.all(open.filter((id) => !active.has(id)).map((id) => registry.close(id)));
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
