import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { medicalRecordHistory, type MedicalRecord } from '@/server/tenant/db/schema';
import type { AmendmentChanges, ClinicalContent, PartialVitals } from './records.schema';

/** Column values for a (partial) set of vitals; numeric columns take fixed-point strings, not floats. */
export function vitalsColumns(vitals: PartialVitals | undefined) {
  if (!vitals) return {};
  const decimal = (value: number | null | undefined, places: number) =>
    value === undefined ? undefined : value === null ? null : value.toFixed(places);
  const columns = {
    temperatureC: decimal(vitals.temperatureC, 1),
    heartRate: vitals.heartRate,
    respiratoryRate: vitals.respiratoryRate,
    weightKg: decimal(vitals.weightKg, 3),
    bodyConditionScore: vitals.bodyConditionScore,
    painScore: vitals.painScore,
  };
  // drizzle skips undefined keys in .set() but not in .values(); drop them so "absent" means "unchanged".
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as Partial<
    typeof columns
  >;
}

/** The record as it reads with its amendments applied in order: later corrections win, vitals field by field. */
export function applyAmendments(
  original: ClinicalContent,
  amendments: { changes: AmendmentChanges }[],
): ClinicalContent {
  return amendments.reduce<ClinicalContent>(
    (content, { changes }) => ({
      ...content,
      ...(changes.subjective !== undefined && { subjective: changes.subjective }),
      ...(changes.objective !== undefined && { objective: changes.objective }),
      ...(changes.assessment !== undefined && { assessment: changes.assessment }),
      ...(changes.plan !== undefined && { plan: changes.plan }),
      ...(changes.diagnoses !== undefined && { diagnoses: changes.diagnoses }),
      vitals: { ...content.vitals, ...changes.vitals },
    }),
    original,
  );
}

type HistoryAction = 'CREATED' | 'UPDATED' | 'SIGNED' | 'AMENDED';

/**
 * Appends the record's state after a change to medical_record_history (append-only in the database), with the
 * effective clinical content, so any past version can be read back exactly as a clinician saw it.
 */
export async function writeHistory(
  tx: TenantExecutor,
  options: {
    record: MedicalRecord;
    content: ClinicalContent;
    action: HistoryAction;
    userId: string;
    extra?: Record<string, unknown>;
  },
): Promise<void> {
  const { record } = options;
  await tx.insert(medicalRecordHistory).values({
    recordId: record.id,
    version: record.version,
    action: options.action,
    changedBy: options.userId,
    snapshot: {
      status: record.status,
      appointmentId: record.appointmentId,
      authorId: record.authorId,
      signedBy: record.signedBy,
      signedAt: record.signedAt?.toISOString() ?? null,
      ...options.content,
      ...options.extra,
    },
  });
}
