import type { Page } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { InventoryItemView } from './inventory.schema';
import { listInventory } from './list-inventory';

export type ListLowStockOptions = {
  query: { practiceId?: string; cursor?: string; limit: number };
  user: { practiceIds: string[] };
};

/** Active items at or below their reorder level (out-of-stock included): the reorder list. */
export async function listLowStock(
  db: TenantDb,
  { query, user }: ListLowStockOptions,
): Promise<Page<InventoryItemView>> {
  return listInventory(db, { query: { ...query, lowStock: true, active: true }, user });
}
