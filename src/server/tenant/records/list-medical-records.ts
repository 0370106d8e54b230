import { and, desc, eq, type SQL } from 'drizzle-orm';
import { paginate, type Page } from '@/server/shared/http/pagination';
import { beforeTime, decodeTimeCursor } from '@/server/shared/http/keyset';
import { can } from '@/server/tenant/auth/permissions';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { medicalRecords } from '@/server/tenant/db/schema';
import { loadAmendmentsOf } from './record-amendments';
import { applyAmendments } from './record-content';
import { clinicalContent, selectRecords, toRecordView, toRecordSummaryView } from './record-rows';
import type { ListRecordsQuery, RecordListItemView, RecordSummaryView } from './records.schema';

export type ListMedicalRecordsOptions = {
  query: ListRecordsQuery;
  user: Pick<TenantSessionUser, 'role' | 'practiceIds'>;
};

/**
 * Records of the caller's practices, newest visit first (a patient's chart), each with the original content and
 * the effective view (amendments applied). Receptionists get summaries only.
 */
export async function listMedicalRecords(
  db: TenantExecutor,
  { query, user }: ListMedicalRecordsOptions,
): Promise<Page<RecordListItemView | RecordSummaryView>> {
  const cursor = decodeTimeCursor(query.cursor);
  const filters: (SQL | undefined)[] = [
    inUserPractices(medicalRecords.practiceId, user),
    query.patientId ? eq(medicalRecords.patientId, query.patientId) : undefined,
    query.practiceId ? eq(medicalRecords.practiceId, query.practiceId) : undefined,
    query.appointmentId ? eq(medicalRecords.appointmentId, query.appointmentId) : undefined,
    query.status ? eq(medicalRecords.status, query.status) : undefined,
    cursor ? beforeTime(medicalRecords.visitAt, medicalRecords.id, cursor) : undefined,
  ];
  const rows = await selectRecords(db)
    .where(and(...filters))
    .orderBy(desc(medicalRecords.visitAt), desc(medicalRecords.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (row) => row.sortKey,
    (row) => row.record.id,
  );
  if (!can(user.role, 'records:read')) return { data: pageRows.map(toRecordSummaryView), nextCursor };
  const amendments = await loadAmendmentsOf(
    db,
    pageRows.map((row) => row.record.id),
  );
  return {
    data: pageRows.map((row) => {
      const own = amendments.get(row.record.id) ?? [];
      return {
        ...toRecordView(row),
        amendmentCount: own.length,
        effective: applyAmendments(clinicalContent(row.record), own),
      };
    }),
    nextCursor,
  };
}
