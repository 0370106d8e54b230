import type { z } from 'zod';
import type { InventoryMovement } from '@/server/tenant/db/schema';
import type { stockMovementSchema } from './inventory.schema';
import { fromDecimal } from './quantities';

export type StockMovementView = Omit<z.infer<typeof stockMovementSchema>, 'createdAt'> & { createdAt: Date };

/** A ledger row as the API shows it, with who performed it. */
export function toStockMovementView(
  row: InventoryMovement,
  performer: { id: string; name: string },
): StockMovementView {
  return {
    id: row.id,
    inventoryItemId: row.inventoryItemId,
    practiceId: row.practiceId,
    kind: row.kind,
    quantityDelta: fromDecimal(row.quantityDelta),
    quantityAfter: fromDecimal(row.quantityAfter),
    reason: row.reason,
    prescriptionId: row.prescriptionId,
    lotNumber: row.lotNumber,
    performedBy: { id: performer.id, name: performer.name },
    createdAt: row.createdAt,
  };
}
