import {
  AppError,
  conflict,
  notFound,
  pgConstraint,
  pgErrorCode,
  PG_UNIQUE_VIOLATION,
  validationError,
} from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inventory } from '@/server/tenant/db/schema';
import { applyStockMovement } from './apply-stock-movement';
import {
  toInventoryItemView,
  type CreateInventoryItemInput,
  type InventoryItemView,
} from './inventory.schema';
import { toDecimal } from './quantities';

export type CreateInventoryItemOptions = {
  input: CreateInventoryItemInput;
  user: { id: string; practiceIds: string[] };
};

/** Adds a stock item to one of the caller's practices; opening stock, if any, is its first ledger entry. */
export async function createInventoryItem(
  db: TenantDb,
  { input, user }: CreateInventoryItemOptions,
): Promise<InventoryItemView> {
  const practiceId = choosePractice(input.practiceId, user.practiceIds);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(inventory)
        .values({
          practiceId,
          sku: input.sku,
          name: input.name,
          category: input.category,
          unit: input.unit,
          reorderLevel: input.reorderLevel === undefined ? undefined : toDecimal(input.reorderLevel),
          lotNumber: input.lotNumber,
          expiresOn: input.expiresOn,
          costMinor: input.costMinor,
          priceMinor: input.priceMinor,
          controlledSchedule: input.controlledSchedule,
        })
        .returning();
      if (!input.openingQuantity) return toInventoryItemView(created!);
      const { item } = await applyStockMovement(tx, {
        itemId: created!.id,
        practiceIds: [practiceId],
        kind: 'RECEIVE',
        delta: input.openingQuantity,
        performedBy: user.id,
        reason: 'Opening stock',
        lotNumber: input.lotNumber ?? null,
        expiresOn: input.expiresOn ?? null,
      });
      return toInventoryItemView(item);
    });
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === 'inventory_sku_key') {
      throw conflict('SKU_TAKEN', 'Another inventory item already uses this SKU.', {
        fields: { sku: ['This SKU is already in use.'] },
      });
    }
    throw error;
  }
}

/** The practice a new row belongs to: the one asked for (if the caller is in it), or the caller's only practice. */
function choosePractice(requested: string | undefined, practiceIds: string[]): string {
  if (requested) {
    if (!practiceIds.includes(requested)) throw notFound('Practice');
    return requested;
  }
  if (practiceIds.length === 1) return practiceIds[0]!;
  if (practiceIds.length === 0)
    throw new AppError(403, 'NO_PRACTICE', 'You are not a member of any practice.');
  throw validationError({ fields: { practiceId: ['Choose the practice.'] } });
}
