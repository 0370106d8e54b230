import { and, eq } from 'drizzle-orm';
import { notFound, validationError } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients, patients } from '@/server/tenant/db/schema';
import { assertWithinPlan } from '@/server/tenant/plan-limits/assert-within-plan';
import { getPatient } from './get-patient';
import { rethrowMicrochipTaken } from './microchip-conflict';
import type { PatientDetail, UpdatePatientInput } from './patients.schema';

export type UpdatePatientOptions = {
  tenantId: string;
  user: TenantSessionUser;
  id: string;
  input: UpdatePatientInput;
};

/**
 * Changes a patient's details, status or owner. A new owner must be a client of the same practice; marking a
 * patient DECEASED stamps the time once, and leaving that status clears it.
 */
export async function updatePatient(
  db: TenantDb,
  { tenantId, user, id, input }: UpdatePatientOptions,
): Promise<PatientDetail> {
  return db
    .transaction(async (tx) => {
      const [current] = await tx
        .select({ practiceId: patients.practiceId, status: patients.status })
        .from(patients)
        .where(and(eq(patients.id, id), inUserPractices(patients.practiceId, user)))
        .for('update');
      if (!current) throw notFound('Patient');

      if (input.clientId !== undefined) {
        const [client] = await tx
          .select({ practiceId: clients.practiceId })
          .from(clients)
          .where(and(eq(clients.id, input.clientId), inUserPractices(clients.practiceId, user)));
        if (!client) throw notFound('Client');
        if (client.practiceId !== current.practiceId) {
          throw validationError({
            fields: { clientId: ["The new owner must be a client of the patient's practice."] },
          });
        }
      }

      // Back to ACTIVE takes a place in the plan's patient limit again.
      if (input.status === 'ACTIVE' && current.status !== 'ACTIVE')
        await assertWithinPlan(tx, tenantId, 'patients');

      let deceasedAt: Date | null | undefined;
      if (input.status === 'DECEASED' && current.status !== 'DECEASED') deceasedAt = new Date();
      else if (input.status !== undefined && input.status !== 'DECEASED') deceasedAt = null;

      await tx
        .update(patients)
        .set({ ...input, deceasedAt, updatedAt: new Date() })
        .where(eq(patients.id, id));
      return getPatient(tx, { user, id });
    })
    .catch(rethrowMicrochipTaken);
}
