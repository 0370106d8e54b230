import { eq, sql } from 'drizzle-orm';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { medicalRecords } from '@/server/tenant/db/schema';
import { linkableAppointment } from './linked-appointment';
import { assertVersion, lockRecord, recordLocked } from './locked-record';
import { vitalsColumns, writeHistory } from './record-content';
import { clinicalContent, findRecordRow, toRecordView } from './record-rows';
import { syncRecordWeight } from './record-weight';
import type { RecordView, UpdateRecordInput } from './records.schema';

export type UpdateMedicalRecordOptions = {
  id: string;
  input: UpdateRecordInput;
  user: Pick<TenantSessionUser, 'id' | 'practiceIds'>;
};

/**
 * Edits a DRAFT record. `version` must be the one the caller read (else 409 STALE_VERSION); a signed record is
 * 409 RECORD_LOCKED. Each edit bumps the version and appends a history snapshot.
 */
export async function updateMedicalRecord(
  db: TenantDb,
  { id, input, user }: UpdateMedicalRecordOptions,
): Promise<RecordView> {
  return db.transaction(async (tx) => {
    const current = await lockRecord(tx, { id, user });
    // Locked beats stale: a signed record cannot be edited at any version, so say that first.
    if (current.status === 'SIGNED') recordLocked();
    assertVersion(current, input.version);
    if (input.appointmentId) await linkableAppointment(tx, input.appointmentId, current.patientId);

    const [record] = await tx
      .update(medicalRecords)
      .set({
        appointmentId: input.appointmentId,
        visitAt: input.visitAt,
        subjective: input.subjective,
        objective: input.objective,
        assessment: input.assessment,
        plan: input.plan,
        diagnoses: input.diagnoses,
        ...vitalsColumns(input.vitals),
        version: sql`${medicalRecords.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(medicalRecords.id, id))
      .returning();
    await writeHistory(tx, {
      record: record!,
      content: clinicalContent(record!),
      action: 'UPDATED',
      userId: user.id,
    });
    if (input.vitals?.weightKg !== undefined || (input.visitAt && record!.weightKg !== null)) {
      await syncRecordWeight(tx, {
        recordId: id,
        patientId: record!.patientId,
        weightKg: record!.weightKg,
        measuredAt: record!.visitAt,
        userId: user.id,
      });
    }
    return toRecordView((await findRecordRow(tx, id))!);
  });
}
