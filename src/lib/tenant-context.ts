/**
 * The seed guide's import path for `getTenantDatabase(tenantIdOrSlug)`:
 * `import { getTenantDatabase } from './src/lib/tenant-context'`. For one-liners and old scripts; the app itself
 * leases tenant connections through `withTenant()`.
 */
import { sql } from 'drizzle-orm';
import { assertClusterReachable } from '@/server/tenancy/cluster/cluster-reachable';
import { getTenantDatabase as tenantHandle } from '@/server/tenancy/connections/tenant-connections';
import type { TenantDb } from '@/server/tenant/db/tenant-db';

export type { TenantDb };

/**
 * A drizzle handle on the tenant's database, connected as the tenant's own role. Unlike the lazy handle underneath,
 * it runs one query first, so "connected" really means the role could log in (the guide uses it as a check).
 */
export async function getTenantDatabase(tenantIdOrSlug: string): Promise<TenantDb> {
  await assertClusterReachable();
  const db = await tenantHandle(tenantIdOrSlug);
  await db.execute(sql`select 1`);
  return db;
}
