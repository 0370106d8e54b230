import type { OwnerDb } from '@/server/owner/db/client';
import { tenantUsage } from '@/server/owner/db/schema';
import { monthOf } from './get-tenant-usage';

/**
 * A freshly provisioned tenant has exactly its first admin and practice, no patients and empty folders. Writing
 * that as the month's usage row lets the tenants list show real counts at once, without opening the new
 * tenant's database; later measurements (GET …/usage) overwrite it.
 */
export async function recordInitialUsage(
  db: Pick<OwnerDb, 'insert'>,
  tenantId: string,
  now = new Date(),
): Promise<void> {
  await db
    .insert(tenantUsage)
    .values({
      tenantId,
      granularity: 'month',
      ...monthOf(now),
      users: 1,
      practices: 1,
      patients: 0,
      storageBytes: 0,
      collectedAt: now,
    })
    .onConflictDoNothing({
      target: [tenantUsage.tenantId, tenantUsage.granularity, tenantUsage.periodStart],
    });
}
