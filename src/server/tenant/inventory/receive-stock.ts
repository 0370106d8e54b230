import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { applyStockMovement } from './apply-stock-movement';
import { toInventoryItemView, type InventoryItemView, type ReceiveStockInput } from './inventory.schema';
import { toStockMovementView, type StockMovementView } from './stock-movement-view';

export type ReceiveStockOptions = {
  id: string;
  input: ReceiveStockInput;
  user: { id: string; name: string; practiceIds: string[] };
};

/** Books a delivery: stock goes up by `quantity`, one RECEIVE ledger row records it with the lot. */
export async function receiveStock(
  db: TenantDb,
  { id, input, user }: ReceiveStockOptions,
): Promise<{ item: InventoryItemView; movement: StockMovementView }> {
  return db.transaction(async (tx) => {
    const { item, movement } = await applyStockMovement(tx, {
      itemId: id,
      practiceIds: user.practiceIds,
      kind: 'RECEIVE',
      delta: input.quantity,
      performedBy: user.id,
      reason: input.reason ?? null,
      lotNumber: input.lotNumber ?? null,
      expiresOn: input.expiresOn ?? null,
    });
    return { item: toInventoryItemView(item), movement: toStockMovementView(movement, user) };
  });
}
