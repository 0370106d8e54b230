import { and, desc, eq, type SQL } from 'drizzle-orm';
import { paginate } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { beforeTime, decodeTimeCursor, utcMicros } from '@/server/shared/http/keyset';
import { patientWeights } from '@/server/tenant/db/schema';
import { findPatientInScope } from './find-patient-in-scope';
import type { ListWeightsQuery } from './patients.schema';
import { toWeightView } from './patient-view';

export type ListPatientWeightsOptions = {
  user: TenantSessionUser;
  patientId: string;
  query: ListWeightsQuery;
};

/** A patient's weight history, newest first. */
export async function listPatientWeights(
  db: TenantDb,
  { user, patientId, query }: ListPatientWeightsOptions,
) {
  await findPatientInScope(db, user, patientId);
  const cursor = decodeTimeCursor(query.cursor);
  const conditions: SQL[] = [eq(patientWeights.patientId, patientId)];
  if (cursor) conditions.push(beforeTime(patientWeights.measuredAt, patientWeights.id, cursor));
  const rows = await db
    .select({ weight: patientWeights, key: utcMicros(patientWeights.measuredAt) })
    .from(patientWeights)
    .where(and(...conditions))
    .orderBy(desc(patientWeights.measuredAt), desc(patientWeights.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (row) => row.key,
    (row) => row.weight.id,
  );
  return { data: pageRows.map((row) => toWeightView(row.weight)), nextCursor };
}
