import { aliasedTable, and, eq, inArray } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { patients, prescriptions, users } from '@/server/tenant/db/schema';
import type { TenantTx } from '@/server/tenant/db/tenant-db';
import { toPrescriptionView, type PrescriptionView } from './prescription-view';

const prescriber = aliasedTable(users, 'prescriber');

/** The prescription with its patient and prescriber names, as the API shows it; 404 outside the caller's practices. */
export async function findPrescriptionView(
  db: TenantDb | TenantTx,
  id: string,
  practiceIds: string[],
): Promise<PrescriptionView> {
  const [row] = await db
    .select({
      prescription: prescriptions,
      patient: { id: patients.id, name: patients.name },
      prescriber: { id: prescriber.id, name: prescriber.name },
    })
    .from(prescriptions)
    .innerJoin(patients, eq(patients.id, prescriptions.patientId))
    .innerJoin(prescriber, eq(prescriber.id, prescriptions.prescriberId))
    .where(and(eq(prescriptions.id, id), inArray(prescriptions.practiceId, practiceIds)));
  if (!row) throw notFound('Prescription');
  return toPrescriptionView(row.prescription, row.patient, row.prescriber);
}
