import { and, asc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { afterTime, decodeTimeCursor, utcMicros } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import {
  inventory,
  inventoryMovements,
  patients,
  prescriptions,
  users,
  type ControlledSchedule,
} from '@/server/tenant/db/schema';
import type { ControlledLogQuery } from './inventory.schema';
import { toStockMovementView, type StockMovementView } from './stock-movement-view';

export type ControlledLogEntry = StockMovementView & {
  item: { id: string; sku: string; name: string; unit: string; controlledSchedule: ControlledSchedule };
  patient: { id: string; name: string } | null;
};

export type ListControlledLogOptions = { query: ControlledLogQuery; user: { practiceIds: string[] } };

/**
 * The controlled-drug register: every movement of a scheduled item in time order, with who did it, for which
 * patient, and the balance after it (`quantityAfter`, the running balance the ledger keeps per item).
 */
export async function listControlledLog(
  db: TenantDb,
  { query, user }: ListControlledLogOptions,
): Promise<Page<ControlledLogEntry>> {
  const conditions: SQL[] = [
    inUserPractices(inventoryMovements.practiceId, user),
    isNotNull(inventory.controlledSchedule),
  ];
  if (query.itemId) conditions.push(eq(inventoryMovements.inventoryItemId, query.itemId));
  if (query.practiceId) conditions.push(eq(inventoryMovements.practiceId, query.practiceId));
  if (query.schedule) conditions.push(eq(inventory.controlledSchedule, query.schedule));
  if (query.from) conditions.push(sql`${inventoryMovements.createdAt} >= ${query.from}::timestamptz`);
  if (query.to) conditions.push(sql`${inventoryMovements.createdAt} < ${query.to}::timestamptz`);
  const cursor = decodeTimeCursor(query.cursor);
  if (cursor) {
    conditions.push(afterTime(inventoryMovements.createdAt, inventoryMovements.id, cursor));
  }

  const rows = await db
    .select({
      movement: inventoryMovements,
      performer: { id: users.id, name: users.name },
      item: {
        id: inventory.id,
        sku: inventory.sku,
        name: inventory.name,
        unit: inventory.unit,
        schedule: inventory.controlledSchedule,
      },
      patientId: patients.id,
      patientName: patients.name,
      sortKey: utcMicros(inventoryMovements.createdAt),
    })
    .from(inventoryMovements)
    .innerJoin(inventory, eq(inventory.id, inventoryMovements.inventoryItemId))
    .innerJoin(users, eq(users.id, inventoryMovements.performedBy))
    .leftJoin(prescriptions, eq(prescriptions.id, inventoryMovements.prescriptionId))
    .leftJoin(patients, eq(patients.id, prescriptions.patientId))
    .where(and(...conditions))
    .orderBy(asc(inventoryMovements.createdAt), asc(inventoryMovements.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (r) => r.sortKey,
    (r) => r.movement.id,
  );
  return {
    data: pageRows.map((r) => ({
      ...toStockMovementView(r.movement, r.performer),
      item: {
        id: r.item.id,
        sku: r.item.sku,
        name: r.item.name,
        unit: r.item.unit,
        controlledSchedule: r.item.schedule!,
      },
      patient: r.patientId && r.patientName ? { id: r.patientId, name: r.patientName } : null,
    })),
    nextCursor,
  };
}
