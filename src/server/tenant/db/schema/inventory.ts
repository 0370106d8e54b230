import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { practices } from './practices';
import { users } from './users';
import {
  CONTROLLED_SCHEDULES,
  type ControlledSchedule,
  STOCK_MOVEMENT_KINDS,
  type StockMovementKind,
} from '@/lib/domain/tenant/inventory';
import { inList } from '@/server/shared/db/in-list';

/** Stock items. quantity_on_hand can never go below zero (check constraint). */
export const inventory = pgTable(
  'inventory',
  {
    id: uuid().primaryKey().defaultRandom(),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id),
    sku: text().notNull(),
    name: text().notNull(),
    category: text().notNull().default('MEDICATION'),
    unit: text().notNull().default('unit'),
    quantityOnHand: numeric({ precision: 12, scale: 3 }).notNull().default('0'),
    reorderLevel: numeric({ precision: 12, scale: 3 }).notNull().default('0'),
    lotNumber: text(),
    expiresOn: date(),
    costMinor: integer().notNull().default(0),
    priceMinor: integer().notNull().default(0),
    controlledSchedule: text().$type<ControlledSchedule>(),
    isActive: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('inventory_sku_key').on(t.sku),
    index('inventory_practice_name_idx').on(t.practiceId, t.name),
    check('inventory_quantity_nonnegative_check', sql`${t.quantityOnHand} >= 0`),
    check('inventory_reorder_nonnegative_check', sql`${t.reorderLevel} >= 0`),
    check('inventory_prices_check', sql`${t.costMinor} >= 0 and ${t.priceMinor} >= 0`),
    check('inventory_schedule_check', inList(t.controlledSchedule, CONTROLLED_SCHEDULES)),
  ],
);

/** Append-only stock ledger: every change of quantity_on_hand has exactly one row here. */
export const inventoryMovements = pgTable(
  'inventory_movements',
  {
    id: uuid().primaryKey().defaultRandom(),
    inventoryItemId: uuid()
      .notNull()
      .references(() => inventory.id),
    practiceId: uuid()
      .notNull()
      .references(() => practices.id),
    kind: text().$type<StockMovementKind>().notNull(),
    quantityDelta: numeric({ precision: 12, scale: 3 }).notNull(),
    quantityAfter: numeric({ precision: 12, scale: 3 }).notNull(),
    reason: text(),
    prescriptionId: uuid(),
    lotNumber: text(),
    performedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('inventory_movements_item_idx').on(t.inventoryItemId, t.createdAt),
    index('inventory_movements_prescription_idx').on(t.prescriptionId),
    check('inventory_movements_kind_check', inList(t.kind, STOCK_MOVEMENT_KINDS)),
    check('inventory_movements_after_check', sql`${t.quantityAfter} >= 0`),
    // A movement that moves nothing is noise in an append-only ledger (and hid a rounding bug): never stored.
    check('inventory_movements_delta_nonzero_check', sql`${t.quantityDelta} <> 0`),
  ],
);

export type InventoryItem = typeof inventory.$inferSelect;
export type NewInventoryItem = typeof inventory.$inferInsert;
export type InventoryMovement = typeof inventoryMovements.$inferSelect;
