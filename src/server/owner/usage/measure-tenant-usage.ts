import { sql } from 'drizzle-orm';
import type { Tenant } from '@/server/owner/db/schema';
import { tenantPools } from '@/server/tenancy/connections/tenant-connections';
import { measureUsage } from '@/server/tenant/plan-limits/measure-usage';
import { measureFolderBytes } from './measure-storage';

export type UsageCounts = {
  users: number;
  practices: number;
  patients: number;
  storageBytes: number;
  /** pg_database_size of the clinic's database; null on rows stored before it was measured. */
  databaseBytes: number | null;
  collectedAt: Date;
};

/**
 * Counts users, practices and patients in the clinic's own database (through the pool registry, as its own role),
 * the size of that database, and the bytes its storage folder holds on disk.
 */
export async function measureTenantUsage(tenant: Tenant): Promise<UsageCounts> {
  const [counts, storageBytes] = await Promise.all([
    // Counted as the plan limits count them.
    tenantPools().withDb(tenant.id, async (db) => {
      const [users, practices, patients, size] = await Promise.all([
        measureUsage(db, 'users'),
        measureUsage(db, 'practices'),
        measureUsage(db, 'patients'),
        db.execute<{ bytes: string }>(sql`select pg_database_size(current_database())::text as bytes`),
      ]);
      return { users, practices, patients, databaseBytes: Number(size.rows[0]?.bytes ?? 0) };
    }),
    measureFolderBytes(tenant.storagePath),
  ]);
  // A suspended tenant's pool is not kept open for an occasional measurement.
  if (tenant.status !== 'ACTIVE') await tenantPools().close(tenant.id);
  return { ...counts, storageBytes, collectedAt: new Date() };
}
