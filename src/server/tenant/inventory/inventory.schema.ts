import { z } from 'zod';
import { dateSchema, dateTimeSchema, text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import { type InventoryItem } from '@/server/tenant/db/schema';
import { CONTROLLED_SCHEDULES, STOCK_MOVEMENT_KINDS } from '@/lib/domain/tenant/inventory';
import { fromDecimal, nonNegativeQuantity, positiveQuantity, quantityDelta } from './quantities';

const trimmed = (max: number) => text().trim().min(1, 'This field is required.').max(max);
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable();
const isoDate = dateSchema();
const money = z.number().int('Use minor units (cents), a whole number.').min(0).max(2_000_000_000);
const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

const skuSchema = text()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/,
    'Letters, digits, dots, dashes, slashes and underscores; at most 64.',
  );

export const itemIdParams = z.object({ id: z.uuid() });

/** Descriptive fields and prices; quantity_on_hand is never written directly, only through stock movements. */
const descriptiveFields = {
  sku: skuSchema,
  name: trimmed(200),
  category: trimmed(60).transform((v) => v.toUpperCase()),
  unit: trimmed(30),
  reorderLevel: nonNegativeQuantity,
  lotNumber: optionalText(80),
  expiresOn: isoDate.nullable(),
  costMinor: money,
  priceMinor: money,
  controlledSchedule: z.enum(CONTROLLED_SCHEDULES).nullable(),
  isActive: z.boolean(),
};

export const createInventoryItemBody = z.strictObject({
  /** Required when the caller belongs to more than one practice. */
  practiceId: z.uuid().optional(),
  sku: descriptiveFields.sku,
  name: descriptiveFields.name,
  category: descriptiveFields.category.optional(),
  unit: descriptiveFields.unit.optional(),
  reorderLevel: descriptiveFields.reorderLevel.optional(),
  lotNumber: descriptiveFields.lotNumber.optional(),
  expiresOn: descriptiveFields.expiresOn.optional(),
  costMinor: descriptiveFields.costMinor.optional(),
  priceMinor: descriptiveFields.priceMinor.optional(),
  controlledSchedule: descriptiveFields.controlledSchedule.optional(),
  /** Stock already on the shelf; recorded as the item's first RECEIVE movement. */
  openingQuantity: positiveQuantity.optional(),
});
export type CreateInventoryItemInput = z.infer<typeof createInventoryItemBody>;

export const updateInventoryItemBody = z
  .strictObject({
    sku: descriptiveFields.sku.optional(),
    name: descriptiveFields.name.optional(),
    category: descriptiveFields.category.optional(),
    unit: descriptiveFields.unit.optional(),
    reorderLevel: descriptiveFields.reorderLevel.optional(),
    lotNumber: descriptiveFields.lotNumber.optional(),
    expiresOn: descriptiveFields.expiresOn.optional(),
    costMinor: descriptiveFields.costMinor.optional(),
    priceMinor: descriptiveFields.priceMinor.optional(),
    controlledSchedule: descriptiveFields.controlledSchedule.optional(),
    isActive: descriptiveFields.isActive.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change.');
export type UpdateInventoryItemInput = z.infer<typeof updateInventoryItemBody>;

export const receiveStockBody = z.strictObject({
  quantity: positiveQuantity,
  lotNumber: optionalText(80).optional(),
  expiresOn: isoDate.optional(),
  reason: optionalText(500).optional(),
});
export type ReceiveStockInput = z.infer<typeof receiveStockBody>;

export const adjustStockBody = z.strictObject({
  quantityDelta,
  reason: trimmed(500),
});
export type AdjustStockInput = z.infer<typeof adjustStockBody>;

export const listInventoryQuery = paginationQuery.extend({
  q: text().trim().max(100).optional(),
  category: text()
    .trim()
    .max(60)
    .transform((v) => v.toUpperCase())
    .optional(),
  practiceId: z.uuid().optional(),
  lowStock: booleanFlag.optional(),
  controlled: booleanFlag.optional(),
  active: booleanFlag.optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
});
export type ListInventoryQuery = z.infer<typeof listInventoryQuery>;

export const lowStockQuery = paginationQuery.extend({ practiceId: z.uuid().optional() });

export const expiringQuery = paginationQuery.extend({
  days: z.coerce.number().int().min(0).max(3650).default(30),
  practiceId: z.uuid().optional(),
});

export const movementsQuery = paginationQuery.extend({ kind: z.enum(STOCK_MOVEMENT_KINDS).optional() });

export const controlledLogQuery = paginationQuery.extend({
  itemId: z.uuid().optional(),
  practiceId: z.uuid().optional(),
  schedule: z.enum(CONTROLLED_SCHEDULES).optional(),
  from: dateTimeSchema().optional(),
  to: dateTimeSchema().optional(),
});
export type ControlledLogQuery = z.infer<typeof controlledLogQuery>;

export const inventoryItemSchema = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  sku: text(),
  name: text(),
  category: text(),
  unit: text(),
  quantityOnHand: z.number(),
  reorderLevel: z.number(),
  isLowStock: z.boolean(),
  lotNumber: text().nullable(),
  expiresOn: text().nullable(),
  costMinor: z.number().int(),
  priceMinor: z.number().int(),
  controlledSchedule: z.enum(CONTROLLED_SCHEDULES).nullable(),
  isActive: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type InventoryItemView = Omit<z.infer<typeof inventoryItemSchema>, 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
};

export const stockMovementSchema = z.object({
  id: z.uuid(),
  inventoryItemId: z.uuid(),
  practiceId: z.uuid(),
  kind: z.enum(STOCK_MOVEMENT_KINDS),
  quantityDelta: z.number(),
  /** Stock on hand right after this movement: the running balance. */
  quantityAfter: z.number(),
  reason: text().nullable(),
  prescriptionId: z.uuid().nullable(),
  lotNumber: text().nullable(),
  performedBy: z.object({ id: z.uuid(), name: text() }),
  createdAt: z.iso.datetime(),
});

export const controlledLogEntrySchema = stockMovementSchema.extend({
  item: z.object({
    id: z.uuid(),
    sku: text(),
    name: text(),
    unit: text(),
    controlledSchedule: z.enum(CONTROLLED_SCHEDULES),
  }),
  patient: z.object({ id: z.uuid(), name: text() }).nullable(),
});

/** What receive and adjust answer: the item after the movement, and the movement. */
export const stockMovementResultSchema = z.object({
  item: inventoryItemSchema,
  movement: stockMovementSchema,
});

export const expiringItemSchema = inventoryItemSchema.extend({ daysUntilExpiry: z.number().int() });

export function toInventoryItemView(row: InventoryItem): InventoryItemView {
  const quantityOnHand = fromDecimal(row.quantityOnHand);
  const reorderLevel = fromDecimal(row.reorderLevel);
  return {
    id: row.id,
    practiceId: row.practiceId,
    sku: row.sku,
    name: row.name,
    category: row.category,
    unit: row.unit,
    quantityOnHand,
    reorderLevel,
    isLowStock: quantityOnHand <= reorderLevel,
    lotNumber: row.lotNumber,
    expiresOn: row.expiresOn,
    costMinor: row.costMinor,
    priceMinor: row.priceMinor,
    controlledSchedule: row.controlledSchedule,
    isActive: row.isActive,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
