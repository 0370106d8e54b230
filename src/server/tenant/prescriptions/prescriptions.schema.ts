import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import { CONTROLLED_SCHEDULES } from '@/lib/domain/tenant/inventory';
import { PRESCRIPTION_STATUSES } from '@/lib/domain/tenant/prescriptions';
import { stockMovementSchema } from '@/server/tenant/inventory/inventory.schema';
import { positiveQuantity } from '@/server/tenant/inventory/quantities';

const requiredText = (max: number) => text().trim().min(1, 'This field is required.').max(max);
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** Schedule III–V prescriptions may be refilled at most this often (schedule II: never). */
export const MAX_CONTROLLED_REFILLS = 5;
const MAX_REFILLS = 99;

export const prescriptionIdParams = z.object({ id: z.uuid() });

export const createPrescriptionBody = z.strictObject({
  patientId: z.uuid(),
  /** The drug: an inventory item of the patient's practice. Name and controlled schedule are copied from it. */
  inventoryItemId: z.uuid(),
  medicalRecordId: z.uuid().nullable().optional(),
  strength: optionalText(100),
  dose: requiredText(200),
  route: requiredText(100),
  frequency: requiredText(200),
  durationDays: z.number().int().min(1).max(3650).nullable().optional(),
  quantity: positiveQuantity,
  refills: z.number().int().min(0).max(MAX_REFILLS).default(0),
  instructions: optionalText(2000),
});
export type CreatePrescriptionInput = z.infer<typeof createPrescriptionBody>;

export const dispenseBody = z.strictObject({
  /** Defaults to the prescribed quantity (one full fill). */
  quantity: positiveQuantity.optional(),
  /** Starts the next refill; without it the dispense continues the current fill. */
  isRefill: z.boolean().default(false),
});
export type DispenseInput = z.infer<typeof dispenseBody>;

export const listPrescriptionsQuery = paginationQuery.extend({
  patientId: z.uuid().optional(),
  practiceId: z.uuid().optional(),
  status: z.enum(PRESCRIPTION_STATUSES).optional(),
});
export type ListPrescriptionsQuery = z.infer<typeof listPrescriptionsQuery>;

export const prescriptionSchema = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  patient: z.object({ id: z.uuid(), name: text() }),
  prescriber: z.object({ id: z.uuid(), name: text() }),
  inventoryItemId: z.uuid(),
  medicalRecordId: z.uuid().nullable(),
  drugName: text(),
  strength: text().nullable(),
  dose: text(),
  route: text(),
  frequency: text(),
  durationDays: z.number().int().nullable(),
  quantity: z.number(),
  quantityDispensed: z.number(),
  refills: z.number().int(),
  refillsUsed: z.number().int(),
  /** What may still be dispensed now: the rest of the current fill, plus whole fills for unused refills. */
  quantityRemaining: z.number(),
  instructions: text().nullable(),
  controlledSchedule: z.enum(CONTROLLED_SCHEDULES).nullable(),
  status: z.enum(PRESCRIPTION_STATUSES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const prescriptionDetailSchema = prescriptionSchema.extend({
  /** DISPENSE rows of the stock ledger for this prescription, oldest first. */
  dispenses: z.array(stockMovementSchema),
});

export const dispenseResultSchema = z.object({
  prescription: prescriptionSchema,
  movement: stockMovementSchema,
  quantityOnHand: z.number(),
});
