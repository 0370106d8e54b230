import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { can } from '@/server/tenant/auth/permissions';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { medicalRecords } from '@/server/tenant/db/schema';
import { applyAmendments } from './record-content';
import { loadAmendments } from './record-amendments';
import { clinicalContent, selectRecords, toRecordView, toRecordSummaryView } from './record-rows';
import type { RecordDetailView, RecordSummaryView } from './records.schema';

export type GetMedicalRecordOptions = { id: string; user: Pick<TenantSessionUser, 'role' | 'practiceIds'> };

/**
 * One record of the caller's practices. Clinical staff get the original, its amendments and the effective view;
 * anyone without `records:read` (receptionists) gets the summary only, so no SOAP text or vitals leave the server.
 */
export async function getMedicalRecord(
  db: TenantExecutor,
  { id, user }: GetMedicalRecordOptions,
): Promise<RecordDetailView | RecordSummaryView> {
  const [row] = await selectRecords(db).where(
    and(eq(medicalRecords.id, id), inUserPractices(medicalRecords.practiceId, user)),
  );
  if (!row) throw notFound('Medical record');
  if (!can(user.role, 'records:read')) return toRecordSummaryView(row);
  const amendments = await loadAmendments(db, id);
  return {
    ...toRecordView(row),
    amendments,
    effective: applyAmendments(clinicalContent(row.record), amendments),
  };
}
