import { and, eq, sql } from 'drizzle-orm';
import { conflict, notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { prescriptions } from '@/server/tenant/db/schema';
import { applyStockMovement } from '@/server/tenant/inventory/apply-stock-movement';
import { fromDecimal, toDecimal } from '@/server/tenant/inventory/quantities';
import { toStockMovementView, type StockMovementView } from '@/server/tenant/inventory/stock-movement-view';
import { findPrescriptionView } from './find-prescription';
import { milli, totalAllowedMilli, type PrescriptionView } from './prescription-view';
import type { DispenseInput } from './prescriptions.schema';

export type DispensePrescriptionOptions = {
  id: string;
  input: DispenseInput;
  user: { id: string; name: string; practiceIds: string[] };
};

/**
 * Hands out medication against a prescription, all in one transaction: lock the prescription, check what it
 * still allows, take the stock (atomically, never below zero), write the DISPENSE ledger row, and record the fill.
 * Any refusal (cancelled, exhausted, not enough stock) rolls everything back.
 *
 * Fills: each fill may hand out up to `quantity`, in parts if needed; `isRefill` starts the next one (a part of
 * the previous fill not collected stays available). In total never more than quantity × (1 + refills).
 * Lock order is always prescription, then inventory item, so concurrent dispenses cannot deadlock.
 */
export async function dispensePrescription(
  db: TenantDb,
  { id, input, user }: DispensePrescriptionOptions,
): Promise<{ prescription: PrescriptionView; movement: StockMovementView; quantityOnHand: number }> {
  return db.transaction(async (tx) => {
    const [rx] = await tx
      .select()
      .from(prescriptions)
      .where(and(eq(prescriptions.id, id), inUserPractices(prescriptions.practiceId, user)))
      .for('update');
    if (!rx) throw notFound('Prescription');
    if (rx.status === 'CANCELLED')
      throw conflict('PRESCRIPTION_CANCELLED', 'This prescription was cancelled and cannot be dispensed.');
    if (rx.status === 'COMPLETED')
      throw conflict('PRESCRIPTION_COMPLETED', 'Everything this prescription allows has been dispensed.');

    const refillsUsed = rx.refillsUsed + (input.isRefill ? 1 : 0);
    if (refillsUsed > rx.refills) {
      throw conflict('NO_REFILLS_LEFT', 'This prescription has no refills left.', {
        refills: rx.refills,
        refillsUsed: rx.refillsUsed,
      });
    }
    const requested = milli(input.quantity ?? fromDecimal(rx.quantity));
    const available = milli(rx.quantity) * (1 + refillsUsed) - milli(rx.quantityDispensed);
    if (requested > available) {
      throw conflict('EXCEEDS_PRESCRIPTION', 'This is more than the prescription allows for this fill.', {
        requested: requested / 1000,
        remainingInFill: Math.max(0, available) / 1000,
        refillsLeft: rx.refills - rx.refillsUsed,
      });
    }

    const { item, movement } = await applyStockMovement(tx, {
      itemId: rx.inventoryItemId,
      practiceIds: [rx.practiceId],
      kind: 'DISPENSE',
      delta: -requested / 1000,
      performedBy: user.id,
      prescriptionId: rx.id,
      reason: input.isRefill ? `Refill ${refillsUsed} of ${rx.refills}` : null,
    });

    const dispensed = milli(rx.quantityDispensed) + requested;
    await tx
      .update(prescriptions)
      .set({
        quantityDispensed: toDecimal(dispensed / 1000),
        refillsUsed,
        status: dispensed >= totalAllowedMilli(rx) ? 'COMPLETED' : 'ACTIVE',
        updatedAt: sql`now()`,
      })
      .where(eq(prescriptions.id, rx.id));

    return {
      prescription: await findPrescriptionView(tx, rx.id, [rx.practiceId]),
      movement: toStockMovementView(movement, user),
      quantityOnHand: fromDecimal(item.quantityOnHand),
    };
  });
}
