import type { Patient, PatientWeight } from '@/server/tenant/db/schema';
import type { PatientView, WeightView } from './patients.schema';

export function toPatientView(row: Patient): PatientView {
  return {
    id: row.id,
    practiceId: row.practiceId,
    clientId: row.clientId,
    name: row.name,
    species: row.species,
    breed: row.breed,
    sex: row.sex,
    neutered: row.neutered,
    dateOfBirth: row.dateOfBirth,
    colour: row.colour,
    microchip: row.microchip,
    allergies: row.allergies,
    alerts: row.alerts,
    status: row.status,
    deceasedAt: row.deceasedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** numeric(8,3) arrives as a string; the API speaks kilograms as a JSON number. */
export function toWeightView(row: PatientWeight): WeightView {
  return {
    id: row.id,
    patientId: row.patientId,
    weightKg: Number(row.weightKg),
    measuredAt: row.measuredAt.toISOString(),
    recordedBy: row.recordedBy,
    note: row.note,
  };
}
