import { and, asc, eq, gt } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { decodeIntCursor } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { medicalRecordHistory, medicalRecords, users } from '@/server/tenant/db/schema';
import type { HistoryEntryView } from './records.schema';

export type ListMedicalRecordHistoryOptions = {
  id: string;
  query: { cursor?: string; limit: number };
  user: Pick<TenantSessionUser, 'practiceIds'>;
};

/** Every version of a record of the caller's practices, oldest first: who changed it, when, and how it read. */
export async function listMedicalRecordHistory(
  db: TenantExecutor,
  { id, query, user }: ListMedicalRecordHistoryOptions,
): Promise<Page<HistoryEntryView>> {
  const [record] = await db
    .select({ id: medicalRecords.id })
    .from(medicalRecords)
    .where(and(eq(medicalRecords.id, id), inUserPractices(medicalRecords.practiceId, user)));
  if (!record) throw notFound('Medical record');

  // Versions are unique per record, so the version alone is the keyset.
  const cursor = decodeIntCursor(query.cursor);
  const rows = await db
    .select({
      id: medicalRecordHistory.id,
      version: medicalRecordHistory.version,
      action: medicalRecordHistory.action,
      changedBy: { id: users.id, name: users.name },
      changedAt: medicalRecordHistory.changedAt,
      snapshot: medicalRecordHistory.snapshot,
    })
    .from(medicalRecordHistory)
    .innerJoin(users, eq(users.id, medicalRecordHistory.changedBy))
    .where(
      and(
        eq(medicalRecordHistory.recordId, id),
        cursor ? gt(medicalRecordHistory.version, cursor.k) : undefined,
      ),
    )
    .orderBy(asc(medicalRecordHistory.version))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(rows, query.limit, (row) => row.version);
  return { data: pageRows.map((row) => ({ ...row, changedAt: row.changedAt.toISOString() })), nextCursor };
}
