import { eq, sql } from 'drizzle-orm';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { patientWeights } from '@/server/tenant/db/schema';

/**
 * Keeps the patient's weight chart in step with a record's weight, in the caller's transaction. A record owns at
 * most one patient_weights row (linked by medical_record_id, unique); correcting the record's weight corrects
 * that point instead of adding a second, wrong one, and clearing it removes the point. The record's own history
 * keeps every value that was ever entered.
 */
export async function syncRecordWeight(
  tx: TenantExecutor,
  options: { recordId: string; patientId: string; weightKg: string | null; measuredAt: Date; userId: string },
): Promise<void> {
  const owned = eq(patientWeights.medicalRecordId, options.recordId);
  if (options.weightKg === null) {
    await tx.delete(patientWeights).where(owned);
    return;
  }
  await tx
    .insert(patientWeights)
    .values({
      patientId: options.patientId,
      weightKg: options.weightKg,
      measuredAt: options.measuredAt,
      recordedBy: options.userId,
      medicalRecordId: options.recordId,
    })
    .onConflictDoUpdate({
      target: patientWeights.medicalRecordId,
      targetWhere: sql`medical_record_id is not null`,
      set: { weightKg: options.weightKg, measuredAt: options.measuredAt, recordedBy: options.userId },
    });
}
