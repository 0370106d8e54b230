import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenants, tenantUsage } from '@/server/owner/db/schema';
import { monthOf } from './get-tenant-usage';
import { measureTenantUsage, type UsageCounts } from './measure-tenant-usage';

/** The UTC day containing `now`, as an SQL date. */
function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Measures one clinic and stores it as that UTC day's snapshot (the history) and as the month's row (what the
 * tenants list and plan pages show). Idempotent: a second run on the same day overwrites that day's row.
 * Returns null when the clinic has no database to measure.
 */
export async function snapshotTenantUsage(
  db: OwnerDb,
  options: { tenantId: string; now?: Date },
): Promise<UsageCounts | null> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId));
  if (!tenant || tenant.status !== 'ACTIVE' || !tenant.dbPasswordEncrypted) return null;
  const usage = await measureTenantUsage(tenant);
  const day = dayOf(options.now ?? usage.collectedAt);
  const values = {
    users: usage.users,
    practices: usage.practices,
    patients: usage.patients,
    storageBytes: usage.storageBytes,
    databaseBytes: usage.databaseBytes,
    collectedAt: usage.collectedAt,
  };
  const target = [tenantUsage.tenantId, tenantUsage.granularity, tenantUsage.periodStart];
  await db.transaction(async (tx) => {
    await tx
      .insert(tenantUsage)
      .values({ tenantId: tenant.id, granularity: 'day', periodStart: day, periodEnd: day, ...values })
      .onConflictDoUpdate({ target, set: values });
    await tx
      .insert(tenantUsage)
      .values({ tenantId: tenant.id, granularity: 'month', ...monthOf(new Date(day)), ...values })
      .onConflictDoUpdate({ target, set: values });
  });
  return usage;
}
