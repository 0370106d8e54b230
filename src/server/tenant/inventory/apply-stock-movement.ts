import { and, eq, inArray, sql } from 'drizzle-orm';
import { conflict, notFound } from '@/server/shared/errors';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import {
  inventory,
  inventoryMovements,
  type InventoryItem,
  type InventoryMovement,
  type StockMovementKind,
} from '@/server/tenant/db/schema';
import { fromDecimal, toDecimal } from './quantities';

export type ApplyStockMovementOptions = {
  itemId: string;
  /** Practices the caller may act in; an item elsewhere is "not found". */
  practiceIds: string[];
  kind: StockMovementKind;
  /** Signed change of quantity_on_hand. */
  delta: number;
  performedBy: string;
  reason?: string | null;
  prescriptionId?: string | null;
  /** RECEIVE only: the received lot and its expiry (see below). */
  lotNumber?: string | null;
  expiresOn?: string | null;
};

/**
 * The only code that changes quantity_on_hand. One conditional UPDATE changes the stock and refuses to go below
 * zero: PostgreSQL row-locks the item, and a concurrent writer waiting on that lock re-checks the WHERE against
 * the committed row, so no update is lost and stock never goes negative. The ledger row with the resulting
 * balance is written in the same transaction, so stock and ledger cannot disagree.
 *
 * Must run inside the caller's transaction (`tx`); throws 404 for an unknown/foreign item and 409
 * INSUFFICIENT_STOCK when the change would drive stock below zero — the caller's transaction then rolls back.
 */
export async function applyStockMovement(
  tx: TenantTx,
  options: ApplyStockMovementOptions,
): Promise<{ item: InventoryItem; movement: InventoryMovement }> {
  const delta = toDecimal(options.delta);
  const receivedLot = options.kind === 'RECEIVE' ? (options.lotNumber ?? null) : null;
  const receivedExpiry = options.kind === 'RECEIVE' ? (options.expiresOn ?? null) : null;
  const [item] = await tx
    .update(inventory)
    .set({
      quantityOnHand: sql`${inventory.quantityOnHand} + ${delta}::numeric`,
      // The item shows the latest lot received, but the EARLIEST expiry still on the shelf, so the
      // expiring-soon list never hides older stock behind a fresher delivery. (SET sees the old row.)
      ...(receivedLot ? { lotNumber: receivedLot } : {}),
      ...(receivedExpiry
        ? {
            expiresOn: sql`case when ${inventory.quantityOnHand} > 0 and ${inventory.expiresOn} < ${receivedExpiry}::date
                                then ${inventory.expiresOn} else ${receivedExpiry}::date end`,
          }
        : {}),
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(inventory.id, options.itemId),
        inArray(inventory.practiceId, options.practiceIds),
        sql`${inventory.quantityOnHand} + ${delta}::numeric >= 0`,
      ),
    )
    .returning();

  if (!item) {
    const [existing] = await tx
      .select({ quantityOnHand: inventory.quantityOnHand, unit: inventory.unit })
      .from(inventory)
      .where(and(eq(inventory.id, options.itemId), inArray(inventory.practiceId, options.practiceIds)));
    if (!existing) throw notFound('Inventory item');
    const onHand = fromDecimal(existing.quantityOnHand);
    throw conflict(
      'INSUFFICIENT_STOCK',
      `Not enough stock: ${amountOf(onHand, existing.unit)} on hand, ${Math.abs(options.delta)} needed.`,
      {
        quantityOnHand: onHand,
        requested: Math.abs(options.delta),
        unit: existing.unit,
      },
    );
  }

  const [movement] = await tx
    .insert(inventoryMovements)
    .values({
      inventoryItemId: item.id,
      practiceId: item.practiceId,
      kind: options.kind,
      quantityDelta: delta,
      quantityAfter: item.quantityOnHand,
      reason: options.reason ?? null,
      prescriptionId: options.prescriptionId ?? null,
      // A dispense records the lot on the shelf, which the controlled-drug log needs.
      lotNumber: options.kind === 'DISPENSE' ? item.lotNumber : receivedLot,
      performedBy: options.performedBy,
      // clock_timestamp, not now(): taken while this transaction holds the item's row lock, so the ledger's
      // time order matches the order in which the balances were produced.
      createdAt: sql`clock_timestamp()`,
    })
    .returning();
  return { item, movement: movement! };
}

const METRIC = /^(mg|g|kg|ml|l|mcg|µg|iu|%)$/i;

/** "41 tablets", "1 tablet", "250 ml": the amount as a person says it. */
function amountOf(quantity: number, unit: string): string {
  const plural = quantity !== 1 && !METRIC.test(unit) && /[a-z]$/i.test(unit) && !unit.endsWith('s');
  return `${quantity} ${unit}${plural ? 's' : ''}`;
}
