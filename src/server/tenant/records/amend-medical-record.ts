import { eq, sql } from 'drizzle-orm';
import { conflict } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { medicalRecordAmendments, medicalRecords } from '@/server/tenant/db/schema';
import { getMedicalRecord } from './get-medical-record';
import { assertVersion, lockRecord } from './locked-record';
import { loadAmendments } from './record-amendments';
import { applyAmendments, vitalsColumns, writeHistory } from './record-content';
import { clinicalContent } from './record-rows';
import { syncRecordWeight } from './record-weight';
import type { AmendRecordInput, RecordDetailView } from './records.schema';

export type AmendMedicalRecordOptions = {
  id: string;
  input: AmendRecordInput;
  user: Pick<TenantSessionUser, 'id' | 'role' | 'practiceIds'>;
};

/**
 * Corrects a SIGNED record without touching it: the correction is an append-only amendment row with its author,
 * reason and time; the record only gains a version, and the history a snapshot of the effective content. A draft
 * is edited directly instead (409 RECORD_NOT_SIGNED).
 */
export async function amendMedicalRecord(
  db: TenantDb,
  { id, input, user }: AmendMedicalRecordOptions,
): Promise<RecordDetailView> {
  await db.transaction(async (tx) => {
    const current = await lockRecord(tx, { id, user });
    if (current.status !== 'SIGNED') {
      throw conflict('RECORD_NOT_SIGNED', 'This record is still a draft; edit it instead of amending it.');
    }
    assertVersion(current, input.version);
    const [amendment] = await tx
      .insert(medicalRecordAmendments)
      .values({ recordId: id, authorId: user.id, reason: input.reason, changes: input.changes })
      .returning({ id: medicalRecordAmendments.id });
    // The lock trigger lets exactly this through on a signed record: the version counter and updated_at.
    const [record] = await tx
      .update(medicalRecords)
      .set({ version: sql`${medicalRecords.version} + 1`, updatedAt: new Date() })
      .where(eq(medicalRecords.id, id))
      .returning();
    const effective = applyAmendments(clinicalContent(record!), await loadAmendments(tx, id));
    await writeHistory(tx, {
      record: record!,
      content: effective,
      action: 'AMENDED',
      userId: user.id,
      extra: { amendmentId: amendment!.id, reason: input.reason },
    });
    const weight = vitalsColumns(input.changes.vitals).weightKg;
    if (weight !== undefined) {
      await syncRecordWeight(tx, {
        recordId: id,
        patientId: record!.patientId,
        weightKg: weight,
        measuredAt: record!.visitAt,
        userId: user.id,
      });
    }
  });
  return (await getMedicalRecord(db, { id, user })) as RecordDetailView;
}
