import type { ClinicalContent, Vitals } from '@/server/tenant/pages/view-types';

/** The longest SOAP section the API takes (records.schema.ts `soapText`); the textareas stop typing there. */
export const SOAP_MAX_LENGTH = 20_000;

export const SOAP_FIELDS = [
  { key: 'subjective', label: 'Subjective', hint: "History and the owner's account" },
  { key: 'objective', label: 'Objective', hint: 'Examination findings' },
  { key: 'assessment', label: 'Assessment', hint: 'Diagnosis or differential list' },
  { key: 'plan', label: 'Plan', hint: 'Treatment, medication, follow-up' },
] as const;
export type SoapKey = (typeof SOAP_FIELDS)[number]['key'];

export const VITAL_FIELDS: Array<{
  key: keyof Vitals;
  label: string;
  unit: string;
  step: string;
  integer: boolean;
  min: number;
  max: number;
}> = [
  { key: 'temperatureC', label: 'Temperature', unit: '°C', step: '0.1', integer: false, min: 15, max: 45 },
  { key: 'heartRate', label: 'Heart rate', unit: 'bpm', step: '1', integer: true, min: 1, max: 1000 },
  {
    key: 'respiratoryRate',
    label: 'Respiratory rate',
    unit: '/min',
    step: '1',
    integer: true,
    min: 1,
    max: 300,
  },
  { key: 'weightKg', label: 'Weight', unit: 'kg', step: '0.001', integer: false, min: 0.001, max: 10000 },
  {
    key: 'bodyConditionScore',
    label: 'Body condition',
    unit: '/9',
    step: '1',
    integer: true,
    min: 1,
    max: 9,
  },
  { key: 'painScore', label: 'Pain score', unit: '/10', step: '1', integer: true, min: 0, max: 10 },
];

export type Diagnosis = ClinicalContent['diagnoses'][number];

/** A vital from a form input: '' is "not measured" (null); anything else must be a number. */
export function parseVital(raw: string): number | null | 'invalid' {
  const value = raw.trim();
  if (value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : 'invalid';
}

/**
 * Diagnoses as the API takes them: trimmed, an empty code left out, and rows the user added but left blank
 * dropped (a blank row is an unused "Add diagnosis" click, not a diagnosis without text).
 */
export function cleanDiagnoses(rows: Diagnosis[]): Diagnosis[] {
  return rows
    .map((d) => ({
      ...(d.code?.trim() ? { code: d.code.trim() } : {}),
      description: d.description.trim(),
    }))
    .filter((d) => d.description !== '' || d.code);
}

/** Whether two diagnosis lists say the same, in the same order (after cleaning). */
export function sameDiagnoses(a: Diagnosis[], b: Diagnosis[]): boolean {
  const key = (rows: Diagnosis[]) =>
    JSON.stringify(cleanDiagnoses(rows).map((d) => [d.code ?? null, d.description]));
  return key(a) === key(b);
}
