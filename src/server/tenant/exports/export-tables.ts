/**
 * The tables a clinic's data export holds, each as `<file>.csv` and `<file>.json`, in a stable row order (by
 * primary key). Left out on purpose: password hashes, sessions, sign-in throttling and the export records
 * themselves — credentials and bookkeeping, not the clinic's data.
 */
export type ExportTable = {
  /** SQL table name (a fixed identifier, never request input). */
  table: string;
  /** File name in the zip, without extension. */
  file: string;
  orderBy: string[];
  omit?: string[];
};

export const EXPORT_TABLES: ExportTable[] = [
  { table: 'practices', file: 'practices', orderBy: ['id'] },
  { table: 'users', file: 'users', orderBy: ['id'], omit: ['password_hash'] },
  { table: 'user_practices', file: 'user_practices', orderBy: ['user_id', 'practice_id'] },
  { table: 'clients', file: 'clients', orderBy: ['id'] },
  { table: 'patients', file: 'patients', orderBy: ['id'] },
  { table: 'patient_weights', file: 'weights', orderBy: ['id'] },
  { table: 'appointments', file: 'appointments', orderBy: ['id'] },
  { table: 'medical_records', file: 'medical_records', orderBy: ['id'] },
  { table: 'medical_record_amendments', file: 'medical_record_amendments', orderBy: ['id'] },
  { table: 'medical_record_history', file: 'medical_record_history', orderBy: ['id'] },
  { table: 'prescriptions', file: 'prescriptions', orderBy: ['id'] },
  { table: 'inventory', file: 'inventory', orderBy: ['id'] },
  { table: 'inventory_movements', file: 'inventory_ledger', orderBy: ['id'] },
  { table: 'files', file: 'files', orderBy: ['id'] },
];
