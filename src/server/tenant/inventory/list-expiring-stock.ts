import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { afterDate, decodeDateCursor } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { inventory } from '@/server/tenant/db/schema';
import { toInventoryItemView, type InventoryItemView } from './inventory.schema';

export type ListExpiringStockOptions = {
  query: { days: number; practiceId?: string; cursor?: string; limit: number };
  user: { practiceIds: string[] };
};

/**
 * Items with stock on hand that expire within `days` (already expired first), soonest first. Empty shelves are
 * left out: nothing there can expire.
 */
export async function listExpiringStock(
  db: TenantDb,
  { query, user }: ListExpiringStockOptions,
): Promise<Page<InventoryItemView & { daysUntilExpiry: number }>> {
  const conditions: SQL[] = [
    inUserPractices(inventory.practiceId, user),
    gt(inventory.quantityOnHand, '0'),
    sql`${inventory.expiresOn} <= current_date + ${query.days}::int`,
  ];
  if (query.practiceId) conditions.push(eq(inventory.practiceId, query.practiceId));
  const cursor = decodeDateCursor(query.cursor);
  if (cursor) conditions.push(afterDate(inventory.expiresOn, inventory.id, cursor));

  const rows = await db
    .select({ item: inventory, daysUntilExpiry: sql<number>`(${inventory.expiresOn} - current_date)::int` })
    .from(inventory)
    .where(and(...conditions))
    .orderBy(asc(inventory.expiresOn), asc(inventory.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (r) => r.item.expiresOn,
    (r) => r.item.id,
  );
  return {
    data: pageRows.map((r) => ({
      ...toInventoryItemView(r.item),
      daysUntilExpiry: Number(r.daysUntilExpiry),
    })),
    nextCursor,
  };
}
