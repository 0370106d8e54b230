import { eq } from 'drizzle-orm';
import { ownerDb } from '@/server/owner/db/client';
import { tenants, type Tenant } from '@/server/owner/db/schema';
import { conflict, notFound } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import { tenantPools } from '../connections/tenant-connections';
import { archiveTenantFolders } from './storage';
import { dropTenantDatabaseAndRole } from './role-and-database';

/**
 * Deletes a tenant: closes its pool, terminates its connections, drops its database and role, and moves its
 * files to STORAGE_ROOT/archive/<slug>-<timestamp>. The owner row stays, as DELETED, for the audit trail.
 */
export async function deprovisionTenant(tenantId: string): Promise<Tenant> {
  const [tenant] = await ownerDb.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant || tenant.status === 'DELETED') throw notFound('Tenant');
  if (tenant.isDefault) throw conflict('INVALID_STATE', 'The default tenant cannot be deleted.');
  // Stop serving first: the resolver sees DELETED, new requests get 404 while we drop.
  await ownerDb
    .update(tenants)
    .set({ status: 'DELETED', deletedAt: new Date(), updatedAt: new Date() })
    .where(eq(tenants.id, tenant.id));
  await tenantPools().close(tenant.id);
  await dropTenantDatabaseAndRole(
    { tenantId: tenant.id, database: tenant.dbName, role: tenant.dbRole },
    { host: tenant.dbHost, port: tenant.dbPort },
  );
  const archivedTo = await archiveTenantFolders(tenant.slug);
  const [deleted] = await ownerDb
    .update(tenants)
    .set({ dbPasswordEncrypted: null, storagePath: archivedTo ?? tenant.storagePath, updatedAt: new Date() })
    .where(eq(tenants.id, tenant.id))
    .returning();
  logger.info('tenant deprovisioned', { tenant: tenant.slug, archivedTo });
  return deleted!;
}
