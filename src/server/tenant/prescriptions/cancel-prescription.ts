import { and, eq, sql } from 'drizzle-orm';
import { conflict, notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { prescriptions } from '@/server/tenant/db/schema';
import { findPrescriptionView } from './find-prescription';
import type { PrescriptionView } from './prescription-view';

export type CancelPrescriptionOptions = { id: string; user: { practiceIds: string[] } };

/**
 * Stops an active prescription: nothing more can be dispensed on it. What was already dispensed stays in the
 * ledger. Only ACTIVE prescriptions can be cancelled (409 otherwise); the status check is in the UPDATE itself,
 * so a cancel racing a dispense sees the dispense's outcome rather than overwriting it.
 */
export async function cancelPrescription(
  db: TenantDb,
  { id, user }: CancelPrescriptionOptions,
): Promise<PrescriptionView> {
  const [updated] = await db
    .update(prescriptions)
    .set({ status: 'CANCELLED', updatedAt: sql`now()` })
    .where(
      and(
        eq(prescriptions.id, id),
        inUserPractices(prescriptions.practiceId, user),
        eq(prescriptions.status, 'ACTIVE'),
      ),
    )
    .returning({ id: prescriptions.id });
  if (!updated) {
    const current = await findPrescriptionView(db, id, user.practiceIds).catch(() => null);
    if (!current) throw notFound('Prescription');
    throw conflict(
      'PRESCRIPTION_NOT_ACTIVE',
      `This prescription is already ${current.status.toLowerCase()}.`,
    );
  }
  return findPrescriptionView(db, id, user.practiceIds);
}
