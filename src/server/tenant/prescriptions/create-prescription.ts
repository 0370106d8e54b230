import { and, eq } from 'drizzle-orm';
import { conflict, notFound, validationError } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import { inventory, medicalRecords, patients, prescriptions } from '@/server/tenant/db/schema';
import { toDecimal } from '@/server/tenant/inventory/quantities';
import { toPrescriptionView, type PrescriptionView } from './prescription-view';
import { MAX_CONTROLLED_REFILLS, type CreatePrescriptionInput } from './prescriptions.schema';

export type CreatePrescriptionOptions = {
  input: CreatePrescriptionInput;
  user: { id: string; name: string; practiceIds: string[] };
};

/**
 * A veterinarian prescribes a stocked drug for a patient of their practices. The drug name and controlled
 * schedule are copied from the inventory item, so the prescription keeps saying what was prescribed even if the
 * item is renamed later. Schedule II: no refills; schedules III–V: at most five.
 */
export async function createPrescription(
  db: TenantDb,
  { input, user }: CreatePrescriptionOptions,
): Promise<PrescriptionView> {
  const [patient] = await db
    .select({
      id: patients.id,
      name: patients.name,
      practiceId: patients.practiceId,
      status: patients.status,
    })
    .from(patients)
    .where(and(eq(patients.id, input.patientId), inUserPractices(patients.practiceId, user)));
  if (!patient) throw notFound('Patient');
  const [item] = await db
    .select()
    .from(inventory)
    .where(and(eq(inventory.id, input.inventoryItemId), inUserPractices(inventory.practiceId, user)));
  if (!item) throw notFound('Inventory item');

  const fields: Record<string, string[]> = {};
  if (item.practiceId !== patient.practiceId)
    fields.inventoryItemId = ["Choose a drug stocked at the patient's practice."];
  if (item.controlledSchedule === 'II' && input.refills > 0) {
    fields.refills = ['Schedule II controlled drugs cannot be refilled; write a new prescription instead.'];
  } else if (item.controlledSchedule && input.refills > MAX_CONTROLLED_REFILLS) {
    fields.refills = [
      `Schedule ${item.controlledSchedule} drugs allow at most ${MAX_CONTROLLED_REFILLS} refills.`,
    ];
  }
  if (input.medicalRecordId) {
    const [record] = await db
      .select({ patientId: medicalRecords.patientId })
      .from(medicalRecords)
      .where(
        and(eq(medicalRecords.id, input.medicalRecordId), inUserPractices(medicalRecords.practiceId, user)),
      );
    if (!record) throw notFound('Medical record');
    if (record.patientId !== patient.id) fields.medicalRecordId = ['This record belongs to another patient.'];
  }
  if (Object.keys(fields).length > 0) throw validationError({ fields });
  if (patient.status !== 'ACTIVE')
    throw conflict('PATIENT_NOT_ACTIVE', `The patient is ${patient.status.toLowerCase()}.`);
  if (!item.isActive) throw conflict('ITEM_INACTIVE', 'This inventory item is no longer in use.');

  const [row] = await db
    .insert(prescriptions)
    .values({
      practiceId: patient.practiceId,
      patientId: patient.id,
      prescriberId: user.id,
      inventoryItemId: item.id,
      medicalRecordId: input.medicalRecordId ?? null,
      drugName: item.name,
      strength: input.strength ?? null,
      dose: input.dose,
      route: input.route,
      frequency: input.frequency,
      durationDays: input.durationDays ?? null,
      quantity: toDecimal(input.quantity),
      refills: input.refills,
      instructions: input.instructions ?? null,
      controlledSchedule: item.controlledSchedule,
    })
    .returning();
  return toPrescriptionView(row!, { id: patient.id, name: patient.name }, { id: user.id, name: user.name });
}
