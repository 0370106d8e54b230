import { and, asc, eq } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inventoryMovements, users } from '@/server/tenant/db/schema';
import { toStockMovementDto, type StockMovementDto } from '@/server/tenant/inventory/stock-movement-dto';
import { findPrescriptionDto } from './find-prescription';
import type { PrescriptionDto } from './prescription-dto';

export type GetPrescriptionOptions = { id: string; user: { practiceIds: string[] } };

/** One prescription of the caller's practices with every dispense made against it (from the stock ledger). */
export async function getPrescription(
  db: TenantDb,
  { id, user }: GetPrescriptionOptions,
): Promise<PrescriptionDto & { dispenses: StockMovementDto[] }> {
  const prescription = await findPrescriptionDto(db, id, user.practiceIds);
  const rows = await db
    .select({ movement: inventoryMovements, performer: { id: users.id, name: users.name } })
    .from(inventoryMovements)
    .innerJoin(users, eq(users.id, inventoryMovements.performedBy))
    .where(and(eq(inventoryMovements.prescriptionId, id), eq(inventoryMovements.kind, 'DISPENSE')))
    .orderBy(asc(inventoryMovements.createdAt), asc(inventoryMovements.id));
  return { ...prescription, dispenses: rows.map((r) => toStockMovementDto(r.movement, r.performer)) };
}
