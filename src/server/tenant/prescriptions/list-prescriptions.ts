import { aliasedTable, and, desc, eq, type SQL } from 'drizzle-orm';
import { beforeTime, decodeTimeCursor, utcMicros } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { patients, prescriptions, users } from '@/server/tenant/db/schema';
import { toPrescriptionView, type PrescriptionView } from './prescription-view';
import type { ListPrescriptionsQuery } from './prescriptions.schema';

const prescriber = aliasedTable(users, 'prescriber');

export type ListPrescriptionsOptions = { query: ListPrescriptionsQuery; user: { practiceIds: string[] } };

/** Prescriptions of the caller's practices, newest first, filtered by patient, practice and status. */
export async function listPrescriptions(
  db: TenantDb,
  { query, user }: ListPrescriptionsOptions,
): Promise<Page<PrescriptionView>> {
  const conditions: SQL[] = [inUserPractices(prescriptions.practiceId, user)];
  if (query.patientId) conditions.push(eq(prescriptions.patientId, query.patientId));
  if (query.practiceId) conditions.push(eq(prescriptions.practiceId, query.practiceId));
  if (query.status) conditions.push(eq(prescriptions.status, query.status));
  const cursor = decodeTimeCursor(query.cursor);
  if (cursor) {
    conditions.push(beforeTime(prescriptions.createdAt, prescriptions.id, cursor));
  }
  const rows = await db
    .select({
      prescription: prescriptions,
      patient: { id: patients.id, name: patients.name },
      prescriber: { id: prescriber.id, name: prescriber.name },
      // Microsecond precision for the cursor (a JS Date keeps only milliseconds).
      sortKey: utcMicros(prescriptions.createdAt),
    })
    .from(prescriptions)
    .innerJoin(patients, eq(patients.id, prescriptions.patientId))
    .innerJoin(prescriber, eq(prescriber.id, prescriptions.prescriberId))
    .where(and(...conditions))
    .orderBy(desc(prescriptions.createdAt), desc(prescriptions.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (r) => r.sortKey,
    (r) => r.prescription.id,
  );
  return {
    data: pageRows.map((r) => toPrescriptionView(r.prescription, r.patient, r.prescriber)),
    nextCursor,
  };
}
