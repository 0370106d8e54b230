import { and, asc, eq } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inventoryMovements, users } from '@/server/tenant/db/schema';
import { toStockMovementView, type StockMovementView } from '@/server/tenant/inventory/stock-movement-view';
import { findPrescriptionView } from './find-prescription';
import type { PrescriptionView } from './prescription-view';

export type GetPrescriptionOptions = { id: string; user: { practiceIds: string[] } };

/** One prescription of the caller's practices with every dispense made against it (from the stock ledger). */
export async function getPrescription(
  db: TenantDb,
  { id, user }: GetPrescriptionOptions,
): Promise<PrescriptionView & { dispenses: StockMovementView[] }> {
  const prescription = await findPrescriptionView(db, id, user.practiceIds);
  const rows = await db
    .select({ movement: inventoryMovements, performer: { id: users.id, name: users.name } })
    .from(inventoryMovements)
    .innerJoin(users, eq(users.id, inventoryMovements.performedBy))
    .where(and(eq(inventoryMovements.prescriptionId, id), eq(inventoryMovements.kind, 'DISPENSE')))
    .orderBy(asc(inventoryMovements.createdAt), asc(inventoryMovements.id));
  return { ...prescription, dispenses: rows.map((r) => toStockMovementView(r.movement, r.performer)) };
}
