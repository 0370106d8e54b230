import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { patientWeights } from '@/server/tenant/db/schema';
import { findPatientInScope } from './find-patient-in-scope';
import type { RecordWeightInput, WeightView } from './patients.schema';
import { toWeightView } from './patient-view';

export type RecordPatientWeightOptions = {
  user: TenantSessionUser;
  patientId: string;
  input: RecordWeightInput;
};

/** Adds a weighing to the patient's history (its own row: history is never overwritten). */
export async function recordPatientWeight(
  db: TenantDb,
  { user, patientId, input }: RecordPatientWeightOptions,
): Promise<WeightView> {
  await findPatientInScope(db, user, patientId);
  const [row] = await db
    .insert(patientWeights)
    .values({
      patientId,
      // Stored to the gram, the column's scale.
      weightKg: input.weightKg.toFixed(3),
      measuredAt: input.measuredAt ? new Date(input.measuredAt) : undefined,
      recordedBy: user.id,
      note: input.note ?? null,
    })
    .returning();
  return toWeightView(row!);
}
