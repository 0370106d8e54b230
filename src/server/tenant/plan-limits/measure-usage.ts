import { count, eq, isNull, sum } from 'drizzle-orm';
import type { LimitedResource } from '@/lib/plan-limits';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { files, patients, practices, users } from '@/server/tenant/db/schema';

/**
 * How each limited resource is counted in the tenant's own database, as the owner's usage page counts it: active
 * users, practices not archived, ACTIVE patients, bytes of stored files.
 */
const MEASURE: Record<LimitedResource, (db: TenantExecutor) => Promise<number>> = {
  users: async (db) =>
    (await db.select({ n: count() }).from(users).where(eq(users.isActive, true)))[0]?.n ?? 0,
  practices: async (db) =>
    (await db.select({ n: count() }).from(practices).where(isNull(practices.archivedAt)))[0]?.n ?? 0,
  patients: async (db) =>
    (await db.select({ n: count() }).from(patients).where(eq(patients.status, 'ACTIVE')))[0]?.n ?? 0,
  storageBytes: async (db) => Number((await db.select({ n: sum(files.sizeBytes) }).from(files))[0]?.n ?? 0),
};

export function measureUsage(db: TenantExecutor, resource: LimitedResource): Promise<number> {
  return MEASURE[resource](db);
}
