import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { inventory } from '@/server/tenant/db/schema';
import { toInventoryItemView, type InventoryItemView } from './inventory.schema';

export type GetInventoryItemOptions = { id: string; user: { practiceIds: string[] } };

/** One stock item of the caller's practices; items of other practices answer 404. */
export async function getInventoryItem(
  db: TenantDb,
  { id, user }: GetInventoryItemOptions,
): Promise<InventoryItemView> {
  const [row] = await db
    .select()
    .from(inventory)
    .where(and(eq(inventory.id, id), inUserPractices(inventory.practiceId, user)));
  if (!row) throw notFound('Inventory item');
  return toInventoryItemView(row);
}
