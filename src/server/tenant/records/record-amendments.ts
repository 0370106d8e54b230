import { asc, eq, inArray } from 'drizzle-orm';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { medicalRecordAmendments, users } from '@/server/tenant/db/schema';
import type { AmendmentChanges, AmendmentView } from './records.schema';

export type AmendmentRow = Omit<AmendmentView, 'changes'> & { changes: AmendmentChanges };

/** A record's amendments, oldest first (the order they apply in), with their authors. */
export async function loadAmendments(db: TenantExecutor, recordId: string): Promise<AmendmentRow[]> {
  return (await loadAmendmentsOf(db, [recordId])).get(recordId) ?? [];
}

/** The amendments of several records in one query, grouped by record, each group oldest first. */
export async function loadAmendmentsOf(
  db: TenantExecutor,
  recordIds: string[],
): Promise<Map<string, AmendmentRow[]>> {
  const byRecord = new Map<string, AmendmentRow[]>();
  if (recordIds.length === 0) return byRecord;
  const rows = await db
    .select({
      recordId: medicalRecordAmendments.recordId,
      id: medicalRecordAmendments.id,
      author: { id: users.id, name: users.name },
      reason: medicalRecordAmendments.reason,
      changes: medicalRecordAmendments.changes,
      createdAt: medicalRecordAmendments.createdAt,
    })
    .from(medicalRecordAmendments)
    .innerJoin(users, eq(users.id, medicalRecordAmendments.authorId))
    .where(inArray(medicalRecordAmendments.recordId, recordIds))
    .orderBy(asc(medicalRecordAmendments.createdAt), asc(medicalRecordAmendments.id));
  for (const { recordId, ...row } of rows) {
    const list = byRecord.get(recordId) ?? [];
    // `changes` was validated by amendmentChangesSchema before it was stored, and the table is append-only.
    list.push({ ...row, changes: row.changes, createdAt: row.createdAt.toISOString() });
    byRecord.set(recordId, list);
  }
  return byRecord;
}
