/** Patients' fixed vocabularies, shared by the schema's check constraints, the API and the patient form. */

export const PATIENT_SEXES = ['MALE', 'FEMALE', 'UNKNOWN'] as const;
export type PatientSex = (typeof PATIENT_SEXES)[number];

export const PATIENT_STATUSES = ['ACTIVE', 'DECEASED', 'INACTIVE'] as const;
export type PatientStatus = (typeof PATIENT_STATUSES)[number];

/** Species the patient form suggests; species is free text, so a clinic can still type any other. */
export const COMMON_SPECIES = [
  'Dog',
  'Cat',
  'Rabbit',
  'Bird',
  'Guinea pig',
  'Ferret',
  'Horse',
  'Reptile',
  'Hamster',
] as const;
