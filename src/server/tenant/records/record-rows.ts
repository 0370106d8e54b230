import { eq } from 'drizzle-orm';
import { utcMicros } from '@/server/shared/http/keyset';
import { alias } from 'drizzle-orm/pg-core';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { medicalRecords, patients, users, type MedicalRecord } from '@/server/tenant/db/schema';
import type { ClinicalContent, RecordView, RecordSummaryView } from './records.schema';

const signer = alias(users, 'signer');

const selection = {
  record: medicalRecords,
  patient: { id: patients.id, name: patients.name, species: patients.species },
  author: { id: users.id, name: users.name },
  signer: { id: signer.id, name: signer.name },
  // Exact text (microseconds, UTC): a JavaScript Date would drop the microseconds and break the keyset.
  sortKey: utcMicros(medicalRecords.visitAt),
};

export type RecordRow = {
  record: MedicalRecord;
  patient: { id: string; name: string; species: string };
  author: { id: string; name: string };
  signer: { id: string; name: string } | null;
  sortKey: string;
};

/** `select … from medical_records` with its patient, author and signer; callers add where/order/limit. */
export function selectRecords(db: TenantExecutor) {
  return db
    .select(selection)
    .from(medicalRecords)
    .innerJoin(patients, eq(patients.id, medicalRecords.patientId))
    .innerJoin(users, eq(users.id, medicalRecords.authorId))
    .leftJoin(signer, eq(signer.id, medicalRecords.signedBy));
}

export async function findRecordRow(db: TenantExecutor, id: string): Promise<RecordRow | undefined> {
  const [row] = await selectRecords(db).where(eq(medicalRecords.id, id));
  return row;
}

// numeric columns arrive from node-postgres as strings; the API speaks numbers.
const num = (value: string | null) => (value === null ? null : Number(value));

export function clinicalContent(record: MedicalRecord): ClinicalContent {
  return {
    visitAt: record.visitAt.toISOString(),
    subjective: record.subjective,
    objective: record.objective,
    assessment: record.assessment,
    plan: record.plan,
    vitals: {
      temperatureC: num(record.temperatureC),
      heartRate: record.heartRate,
      respiratoryRate: record.respiratoryRate,
      weightKg: num(record.weightKg),
      bodyConditionScore: record.bodyConditionScore,
      painScore: record.painScore,
    },
    diagnoses: record.diagnoses,
  };
}

export function toRecordSummaryView({ record, patient, author }: RecordRow): RecordSummaryView {
  return {
    id: record.id,
    practiceId: record.practiceId,
    patient: { id: patient.id, name: patient.name },
    visitAt: record.visitAt.toISOString(),
    author,
    status: record.status,
  };
}

export function toRecordView(row: RecordRow): RecordView {
  const { record } = row;
  return {
    ...toRecordSummaryView(row),
    ...clinicalContent(record),
    patient: row.patient,
    appointmentId: record.appointmentId,
    signedBy: row.signer,
    signedAt: record.signedAt?.toISOString() ?? null,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
