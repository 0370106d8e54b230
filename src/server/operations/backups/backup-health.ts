import { and, eq, inArray, max } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { tenantBackups } from '@/server/owner/db/schema';

/** Each clinic's newest complete backup time (absent when it has none), in one query. */
export async function lastGoodBackupTimes(db: OwnerDb, tenantIds: string[]): Promise<Map<string, Date>> {
  if (tenantIds.length === 0) return new Map();
  const rows = await db
    .select({ tenantId: tenantBackups.tenantId, at: max(tenantBackups.createdAt) })
    .from(tenantBackups)
    .where(and(inArray(tenantBackups.tenantId, tenantIds), eq(tenantBackups.status, 'complete')))
    .groupBy(tenantBackups.tenantId);
  return new Map(rows.filter((r) => r.at).map((r) => [r.tenantId, r.at!]));
}
