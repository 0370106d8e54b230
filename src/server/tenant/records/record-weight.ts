import { and, eq } from 'drizzle-orm';
import type { TenantExecutor } from '@/server/tenant/auth/transaction';
import { patientWeights } from '@/server/tenant/db/schema';

/**
 * Keeps the patient's weight chart in step with a record's weight, in the caller's transaction. A record owns at
 * most one patient_weights row, found by its note (the table has no record column); correcting the record's
 * weight corrects that point instead of adding a second, wrong one, and clearing it removes the point. The
 * record's own history keeps every value that was ever entered.
 */
export async function syncRecordWeight(
  tx: TenantExecutor,
  options: { recordId: string; patientId: string; weightKg: string | null; measuredAt: Date; userId: string },
): Promise<void> {
  const note = recordWeightNote(options.recordId);
  const owned = and(eq(patientWeights.patientId, options.patientId), eq(patientWeights.note, note));
  if (options.weightKg === null) {
    await tx.delete(patientWeights).where(owned);
    return;
  }
  const updated = await tx
    .update(patientWeights)
    .set({ weightKg: options.weightKg, measuredAt: options.measuredAt, recordedBy: options.userId })
    .where(owned)
    .returning({ id: patientWeights.id });
  if (updated.length === 0) {
    await tx.insert(patientWeights).values({
      patientId: options.patientId,
      weightKg: options.weightKg,
      measuredAt: options.measuredAt,
      recordedBy: options.userId,
      note,
    });
  }
}

export function recordWeightNote(recordId: string): string {
  return `Medical record ${recordId}`;
}
