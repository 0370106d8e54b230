import { eq, sql } from 'drizzle-orm';
import { conflict } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { medicalRecords } from '@/server/tenant/db/schema';
import { assertVersion, lockRecord, recordLocked } from './locked-record';
import { writeHistory } from './record-content';
import { clinicalContent, findRecordRow, toRecordView } from './record-rows';
import type { RecordView, SignRecordInput } from './records.schema';

export type SignMedicalRecordOptions = {
  id: string;
  input: SignRecordInput;
  user: Pick<TenantSessionUser, 'id' | 'practiceIds'>;
};

/**
 * A veterinarian signs the version they read: the record is locked from then on (the database trigger refuses
 * any later change but the version counter), and corrections become amendments.
 */
export async function signMedicalRecord(
  db: TenantDb,
  { id, input, user }: SignMedicalRecordOptions,
): Promise<RecordView> {
  return db.transaction(async (tx) => {
    const current = await lockRecord(tx, { id, user });
    if (current.status === 'SIGNED') recordLocked();
    assertVersion(current, input.version);
    const content = clinicalContent(current);
    if (!content.subjective && !content.objective && !content.assessment && !content.plan) {
      throw conflict('RECORD_EMPTY', 'Write at least one SOAP section before signing.');
    }
    const [record] = await tx
      .update(medicalRecords)
      .set({
        status: 'SIGNED',
        signedBy: user.id,
        signedAt: new Date(),
        version: sql`${medicalRecords.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(medicalRecords.id, id))
      .returning();
    await writeHistory(tx, { record: record!, content, action: 'SIGNED', userId: user.id });
    return toRecordView((await findRecordRow(tx, id))!);
  });
}
