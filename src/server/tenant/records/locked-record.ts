import { and, eq } from 'drizzle-orm';
import { conflict, notFound } from '@/server/shared/errors';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import { medicalRecords, type MedicalRecord } from '@/server/tenant/db/schema';

/**
 * Reads a record of the caller's practices FOR UPDATE, so concurrent edits, signatures and amendments of one
 * record are judged one after the other.
 */
export async function lockRecord(
  tx: TenantTx,
  options: { id: string; user: Pick<TenantSessionUser, 'practiceIds'> },
): Promise<MedicalRecord> {
  const [record] = await tx
    .select()
    .from(medicalRecords)
    .where(and(eq(medicalRecords.id, options.id), inUserPractices(medicalRecords.practiceId, options.user)))
    .for('update');
  if (!record) throw notFound('Medical record');
  return record;
}

/** Optimistic concurrency: a change based on an older version is 409, never a silent overwrite of a colleague's. */
export function assertVersion(record: MedicalRecord, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== record.version) {
    throw conflict(
      'STALE_VERSION',
      'The record was changed since you read it; reload and apply your change again.',
      {
        currentVersion: record.version,
      },
    );
  }
}

export function recordLocked(): never {
  throw conflict('RECORD_LOCKED', 'This record is signed and locked; add an amendment to correct it.');
}
