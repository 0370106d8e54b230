import type { z } from 'zod';
import type { ControlledSchedule, Prescription } from '@/server/tenant/db/schema';
import { fromDecimal } from '@/server/tenant/inventory/quantities';
import type { prescriptionSchema } from './prescriptions.schema';

export type PrescriptionView = Omit<z.infer<typeof prescriptionSchema>, 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
};

/** Quantities in thousandths: the exact integer form of numeric(12,3), so fill arithmetic has no float error. */
export const milli = (decimal: string | number) => Math.round(Number(decimal) * 1000);

/** Everything a prescription allows over its life: the quantity once, plus once per refill. */
export function totalAllowedMilli(row: Pick<Prescription, 'quantity' | 'refills'>): number {
  return milli(row.quantity) * (1 + row.refills);
}

export function toPrescriptionView(
  row: Prescription,
  patient: { id: string; name: string },
  prescriber: { id: string; name: string },
): PrescriptionView {
  const remaining =
    row.status === 'ACTIVE' ? Math.max(0, totalAllowedMilli(row) - milli(row.quantityDispensed)) / 1000 : 0;
  return {
    id: row.id,
    practiceId: row.practiceId,
    patient,
    prescriber,
    inventoryItemId: row.inventoryItemId,
    medicalRecordId: row.medicalRecordId,
    drugName: row.drugName,
    strength: row.strength,
    dose: row.dose,
    route: row.route,
    frequency: row.frequency,
    durationDays: row.durationDays,
    quantity: fromDecimal(row.quantity),
    quantityDispensed: fromDecimal(row.quantityDispensed),
    refills: row.refills,
    refillsUsed: row.refillsUsed,
    quantityRemaining: remaining,
    instructions: row.instructions,
    controlledSchedule: (row.controlledSchedule as ControlledSchedule | null) ?? null,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
