import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { medicalRecords, patients } from '@/server/tenant/db/schema';
import { linkableAppointment } from './linked-appointment';
import { vitalsColumns, writeHistory } from './record-content';
import { clinicalContent, findRecordRow, toRecordView } from './record-rows';
import { syncRecordWeight } from './record-weight';
import type { CreateRecordInput, RecordView } from './records.schema';

export type CreateMedicalRecordOptions = {
  input: CreateRecordInput;
  user: Pick<TenantSessionUser, 'id' | 'practiceIds'>;
};

/**
 * Opens a DRAFT record for a patient of the caller's practices, authored by the caller. Its first history row
 * and, when a weight was measured, the patient's weight point are written in the same transaction.
 */
export async function createMedicalRecord(
  db: TenantDb,
  { input, user }: CreateMedicalRecordOptions,
): Promise<RecordView> {
  return db.transaction(async (tx) => {
    const [patient] = await tx
      .select({ id: patients.id, practiceId: patients.practiceId })
      .from(patients)
      .where(and(eq(patients.id, input.patientId), inUserPractices(patients.practiceId, user)));
    if (!patient) throw notFound('Patient');
    const appointment = input.appointmentId
      ? await linkableAppointment(tx, input.appointmentId, patient.id)
      : null;

    const [record] = await tx
      .insert(medicalRecords)
      .values({
        practiceId: patient.practiceId,
        patientId: patient.id,
        appointmentId: input.appointmentId ?? null,
        authorId: user.id,
        visitAt: input.visitAt ?? appointment?.startsAt ?? new Date(),
        subjective: input.subjective ?? null,
        objective: input.objective ?? null,
        assessment: input.assessment ?? null,
        plan: input.plan ?? null,
        ...vitalsColumns(input.vitals),
        diagnoses: input.diagnoses,
      })
      .returning();
    await writeHistory(tx, {
      record: record!,
      content: clinicalContent(record!),
      action: 'CREATED',
      userId: user.id,
    });
    if (record!.weightKg !== null) {
      await syncRecordWeight(tx, {
        recordId: record!.id,
        patientId: patient.id,
        weightKg: record!.weightKg,
        measuredAt: record!.visitAt,
        userId: user.id,
      });
    }
    return toRecordView((await findRecordRow(tx, record!.id))!);
  });
}
