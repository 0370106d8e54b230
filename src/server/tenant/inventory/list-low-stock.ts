import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { InventoryItemDto } from './inventory.schema';
import { listInventory } from './list-inventory';

export type ListLowStockOptions = {
  query: { practiceId?: string; cursor?: string; limit: number };
  user: { practiceIds: string[] };
};

/** Active items at or below their reorder level (out-of-stock included): the reorder list. */
export async function listLowStock(
  db: TenantDb,
  { query, user }: ListLowStockOptions,
): Promise<{ items: InventoryItemDto[]; nextCursor: string | null }> {
  return listInventory(db, { query: { ...query, lowStock: true, active: true }, user });
}
