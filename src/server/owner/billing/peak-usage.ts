import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { tenantUsage } from '@/server/owner/db/schema';
import type { OwnerTx } from './issue-invoice';
import { isoDate, type PeakUsage } from './overage';

/** The highest usage the snapshots of [start, end) recorded; zeros when there are none. */
export async function peakUsage(
  tx: Pick<OwnerTx, 'select'>,
  tenantId: string,
  start: Date,
  end: Date,
): Promise<PeakUsage> {
  const [row] = await tx
    .select({
      users: sql<number>`coalesce(max(${tenantUsage.users}), 0)::int`,
      practices: sql<number>`coalesce(max(${tenantUsage.practices}), 0)::int`,
      patients: sql<number>`coalesce(max(${tenantUsage.patients}), 0)::int`,
      storageBytes: sql<number>`coalesce(max(${tenantUsage.storageBytes}), 0)::float8`,
    })
    .from(tenantUsage)
    .where(
      and(
        eq(tenantUsage.tenantId, tenantId),
        gte(tenantUsage.periodStart, isoDate(start)),
        lt(tenantUsage.periodStart, isoDate(end)),
      ),
    );
  return {
    users: Number(row?.users ?? 0),
    practices: Number(row?.practices ?? 0),
    patients: Number(row?.patients ?? 0),
    storageBytes: Number(row?.storageBytes ?? 0),
  };
}
