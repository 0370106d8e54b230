import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { applyStockMovement } from './apply-stock-movement';
import { toInventoryItemView, type AdjustStockInput, type InventoryItemView } from './inventory.schema';
import { toStockMovementView, type StockMovementView } from './stock-movement-view';

export type AdjustStockOptions = {
  id: string;
  input: AdjustStockInput;
  user: { id: string; name: string; practiceIds: string[] };
};

/**
 * A stock count correction, breakage or write-off, with a mandatory reason. A change that would leave less than
 * zero on hand is refused with 409 INSUFFICIENT_STOCK.
 */
export async function adjustStock(
  db: TenantDb,
  { id, input, user }: AdjustStockOptions,
): Promise<{ item: InventoryItemView; movement: StockMovementView }> {
  return db.transaction(async (tx) => {
    const { item, movement } = await applyStockMovement(tx, {
      itemId: id,
      practiceIds: user.practiceIds,
      kind: 'ADJUST',
      delta: input.quantityDelta,
      performedBy: user.id,
      reason: input.reason,
    });
    return { item: toInventoryItemView(item), movement: toStockMovementView(movement, user) };
  });
}
