import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { afterDate, decodeDateCursor } from '@/server/shared/http/keyset';
import { paginate } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { inventory } from '@/server/tenant/db/schema';
import { toInventoryItemDto, type InventoryItemDto } from './inventory.schema';

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
): Promise<{ items: (InventoryItemDto & { daysUntilExpiry: number })[]; nextCursor: string | null }> {
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
  const { items, nextCursor } = paginate(
    rows,
    query.limit,
    (r) => r.item.expiresOn,
    (r) => r.item.id,
  );
  return {
    items: items.map((r) => ({ ...toInventoryItemDto(r.item), daysUntilExpiry: Number(r.daysUntilExpiry) })),
    nextCursor,
  };
}
