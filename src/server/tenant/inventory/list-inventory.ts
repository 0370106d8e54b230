import { and, asc, eq, ilike, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { afterText, decodeTextCursor } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import { containsPattern } from '@/server/shared/search-pattern';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { inventory } from '@/server/tenant/db/schema';
import { toInventoryItemView, type InventoryItemView, type ListInventoryQuery } from './inventory.schema';

export type ListInventoryOptions = { query: ListInventoryQuery; user: { practiceIds: string[] } };

/** Stock items of the caller's practices by name, with search and filters, in keyset pages. */
export async function listInventory(
  db: TenantDb,
  { query, user }: ListInventoryOptions,
): Promise<Page<InventoryItemView>> {
  const conditions: SQL[] = [inUserPractices(inventory.practiceId, user)];
  if (query.practiceId) conditions.push(eq(inventory.practiceId, query.practiceId));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(inventory.name, pattern), ilike(inventory.sku, pattern))!);
  }
  if (query.category) conditions.push(eq(inventory.category, query.category));
  if (query.active !== undefined) conditions.push(eq(inventory.isActive, query.active));
  if (query.lowStock) conditions.push(sql`${inventory.quantityOnHand} <= ${inventory.reorderLevel}`);
  if (query.controlled) conditions.push(isNotNull(inventory.controlledSchedule));
  if (query.controlled === false) conditions.push(sql`${inventory.controlledSchedule} is null`);
  if (query.expiringWithinDays !== undefined) {
    conditions.push(sql`${inventory.expiresOn} <= current_date + ${query.expiringWithinDays}::int`);
  }
  const cursor = decodeTextCursor(query.cursor);
  if (cursor) conditions.push(afterText(inventory.name, inventory.id, cursor));

  const rows = await db
    .select()
    .from(inventory)
    .where(and(...conditions))
    .orderBy(asc(inventory.name), asc(inventory.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(rows, query.limit, (row) => row.name);
  return { data: pageRows.map(toInventoryItemView), nextCursor };
}
