import { and, desc, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { clients, patients, patientWeights } from '@/server/tenant/db/schema';
import type { PatientDetail } from './patients.schema';
import { toPatientView } from './patient-view';

export type GetPatientOptions = { user: TenantSessionUser; id: string };

/** One patient of the caller's practices with its owner and latest weight; any other id answers 404. */
export async function getPatient(
  db: TenantExecutor,
  { user, id }: GetPatientOptions,
): Promise<PatientDetail> {
  const [row] = await db
    .select({
      patient: patients,
      client: { id: clients.id, name: clients.name, email: clients.email, phone: clients.phone },
    })
    .from(patients)
    .innerJoin(clients, eq(clients.id, patients.clientId))
    .where(and(eq(patients.id, id), inUserPractices(patients.practiceId, user)));
  if (!row) throw notFound('Patient');
  const [latest] = await db
    .select({ weightKg: patientWeights.weightKg, measuredAt: patientWeights.measuredAt })
    .from(patientWeights)
    .where(eq(patientWeights.patientId, id))
    .orderBy(desc(patientWeights.measuredAt), desc(patientWeights.id))
    .limit(1);
  return {
    ...toPatientView(row.patient),
    client: row.client,
    latestWeight: latest
      ? { weightKg: Number(latest.weightKg), measuredAt: latest.measuredAt.toISOString() }
      : null,
  };
}
