import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { paginate } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { assertPracticeInScope, inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { afterText, decodeTextCursor } from '@/server/shared/http/keyset';
import { containsPattern } from '@/server/shared/search-pattern';
import { clients, patients } from '@/server/tenant/db/schema';
import type { ListPatientsQuery, PatientListItem } from './patients.schema';
import { toPatientView } from './patient-view';

export type ListPatientsOptions = { user: TenantSessionUser; query: ListPatientsQuery };

/** Patients of the caller's practices by name, with their owner's name; filters and search combine with AND. */
export async function listPatients(db: TenantDb, { user, query }: ListPatientsOptions) {
  const cursor = decodeTextCursor(query.cursor);
  const conditions: SQL[] = [inUserPractices(patients.practiceId, user)];
  if (query.practiceId) {
    assertPracticeInScope(user, query.practiceId);
    conditions.push(eq(patients.practiceId, query.practiceId));
  }
  if (query.clientId) conditions.push(eq(patients.clientId, query.clientId));
  if (query.status) conditions.push(eq(patients.status, query.status));
  if (query.species) conditions.push(sql`lower(${patients.species}) = lower(${query.species})`);
  if (query.q) {
    const chip = query.q.replace(/[\s-]/g, '').toUpperCase();
    conditions.push(or(ilike(patients.name, containsPattern(query.q)), eq(patients.microchip, chip))!);
  }
  if (cursor) conditions.push(afterText(patients.name, patients.id, cursor));

  const rows = await db
    .select({ patient: patients, client: { id: clients.id, name: clients.name } })
    .from(patients)
    .innerJoin(clients, eq(clients.id, patients.clientId))
    .where(and(...conditions))
    .orderBy(patients.name, patients.id)
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (row) => row.patient.name,
    (row) => row.patient.id,
  );
  const data: PatientListItem[] = pageRows.map((row) => ({
    ...toPatientView(row.patient),
    client: row.client,
  }));
  return { data, nextCursor };
}
