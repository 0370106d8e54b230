import { and, eq, sql } from 'drizzle-orm';
import { conflict, notFound, pgConstraint, pgErrorCode, PG_UNIQUE_VIOLATION } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { inventory } from '@/server/tenant/db/schema';
import {
  toInventoryItemView,
  type InventoryItemView,
  type UpdateInventoryItemInput,
} from './inventory.schema';
import { toDecimal } from './quantities';

export type UpdateInventoryItemOptions = {
  id: string;
  input: UpdateInventoryItemInput;
  user: { practiceIds: string[] };
};

/**
 * Changes descriptive fields and prices. quantity_on_hand is deliberately not accepted here (the body schema is
 * strict): stock changes only through receive/adjust/dispense, so every change has a ledger row.
 */
export async function updateInventoryItem(
  db: TenantDb,
  { id, input, user }: UpdateInventoryItemOptions,
): Promise<InventoryItemView> {
  const { reorderLevel, ...rest } = input;
  try {
    const [row] = await db
      .update(inventory)
      .set({
        ...rest,
        ...(reorderLevel === undefined ? {} : { reorderLevel: toDecimal(reorderLevel) }),
        updatedAt: sql`now()`,
      })
      .where(and(eq(inventory.id, id), inUserPractices(inventory.practiceId, user)))
      .returning();
    if (!row) throw notFound('Inventory item');
    return toInventoryItemView(row);
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === 'inventory_sku_key') {
      throw conflict('SKU_TAKEN', 'Another inventory item already uses this SKU.', {
        fields: { sku: ['This SKU is already in use.'] },
      });
    }
    throw error;
  }
}
