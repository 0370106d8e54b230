import { and, eq } from 'drizzle-orm';
import { notFound, validationError } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { assertPracticeInScope, inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients, patients } from '@/server/tenant/db/schema';
import { assertWithinPlan } from '@/server/tenant/plan-limits/assert-within-plan';
import { getPatient } from './get-patient';
import { rethrowMicrochipTaken } from './microchip-conflict';
import type { CreatePatientInput, PatientDetail } from './patients.schema';

export type CreatePatientOptions = { tenantId: string; user: TenantSessionUser; input: CreatePatientInput };

/**
 * Registers an animal to a client of the caller's practices. The patient lives in its owner's practice: a
 * different practiceId is refused, so practice scoping of a patient and its owner can never disagree.
 */
export async function createPatient(
  db: TenantDb,
  { tenantId, user, input }: CreatePatientOptions,
): Promise<PatientDetail> {
  const { clientId, practiceId, ...fields } = input;
  const [client] = await db
    .select({ practiceId: clients.practiceId })
    .from(clients)
    .where(and(eq(clients.id, clientId), inUserPractices(clients.practiceId, user)));
  if (!client) throw notFound('Client');
  if (practiceId !== undefined && practiceId !== client.practiceId) {
    assertPracticeInScope(user, practiceId);
    throw validationError({ fields: { practiceId: ["The patient must belong to its owner's practice."] } });
  }
  const id = await db
    .transaction(async (tx) => {
      // Only ACTIVE patients count towards the plan's limit; a record of a deceased animal can always be added.
      if ((fields.status ?? 'ACTIVE') === 'ACTIVE') await assertWithinPlan(tx, tenantId, 'patients');
      const [row] = await tx
        .insert(patients)
        .values({
          ...fields,
          clientId,
          practiceId: client.practiceId,
          deceasedAt: fields.status === 'DECEASED' ? new Date() : null,
        })
        .returning({ id: patients.id });
      return row!.id;
    })
    .catch(rethrowMicrochipTaken);
  return getPatient(db, { user, id });
}
