import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { patients } from '@/server/tenant/db/schema';

/** The patient's id and practice when the caller may see it; 404 otherwise (other practices included). */
export async function findPatientInScope(db: TenantExecutor, user: TenantSessionUser, id: string) {
  const [row] = await db
    .select({ id: patients.id, practiceId: patients.practiceId })
    .from(patients)
    .where(and(eq(patients.id, id), inUserPractices(patients.practiceId, user)));
  if (!row) throw notFound('Patient');
  return row;
}
