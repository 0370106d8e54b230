import { and, eq } from 'drizzle-orm';
import { notFound, validationError } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenancy/pool-registry';
import { assertPracticeInScope, inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients, patients } from '@/server/tenant/db/schema';
import { getPatient } from './get-patient';
import { rethrowMicrochipTaken } from './microchip-conflict';
import type { CreatePatientInput, PatientDetail } from './patients.schema';

export type CreatePatientOptions = { user: TenantSessionUser; input: CreatePatientInput };

/**
 * Registers an animal to a client of the caller's practices. The patient lives in its owner's practice: a
 * different practiceId is refused, so practice scoping of a patient and its owner can never disagree.
 */
export async function createPatient(
  db: TenantDb,
  { user, input }: CreatePatientOptions,
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
  const [row] = await db
    .insert(patients)
    .values({
      ...fields,
      clientId,
      practiceId: client.practiceId,
      deceasedAt: fields.status === 'DECEASED' ? new Date() : null,
    })
    .returning({ id: patients.id })
    .catch(rethrowMicrochipTaken);
  return getPatient(db, { user, id: row!.id });
}
