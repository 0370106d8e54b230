import { and, desc, eq, type SQL } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { beforeTime, decodeTimeCursor, utcMicros } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { inventory, inventoryMovements, users, type StockMovementKind } from '@/server/tenant/db/schema';
import { toStockMovementView, type StockMovementView } from './stock-movement-view';

export type ListStockMovementsOptions = {
  itemId: string;
  query: { kind?: StockMovementKind; cursor?: string; limit: number };
  user: { practiceIds: string[] };
};

/** The ledger of one item, newest first. */
export async function listStockMovements(
  db: TenantDb,
  { itemId, query, user }: ListStockMovementsOptions,
): Promise<Page<StockMovementView>> {
  const [item] = await db
    .select({ id: inventory.id })
    .from(inventory)
    .where(and(eq(inventory.id, itemId), inUserPractices(inventory.practiceId, user)));
  if (!item) throw notFound('Inventory item');

  const conditions: SQL[] = [eq(inventoryMovements.inventoryItemId, itemId)];
  if (query.kind) conditions.push(eq(inventoryMovements.kind, query.kind));
  const cursor = decodeTimeCursor(query.cursor);
  if (cursor) {
    conditions.push(beforeTime(inventoryMovements.createdAt, inventoryMovements.id, cursor));
  }
  const rows = await db
    .select({
      movement: inventoryMovements,
      performer: { id: users.id, name: users.name },
      // Full microsecond precision for the cursor; a JS Date would round to milliseconds and skip rows.
      sortKey: utcMicros(inventoryMovements.createdAt),
    })
    .from(inventoryMovements)
    .innerJoin(users, eq(users.id, inventoryMovements.performedBy))
    .where(and(...conditions))
    .orderBy(desc(inventoryMovements.createdAt), desc(inventoryMovements.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (r) => r.sortKey,
    (r) => r.movement.id,
  );
  return { data: pageRows.map((r) => toStockMovementView(r.movement, r.performer)), nextCursor };
}
