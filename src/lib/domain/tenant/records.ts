/** A medical record is a DRAFT until a veterinarian signs it; after that it changes only by amendment. */
export const MEDICAL_RECORD_STATUSES = ['DRAFT', 'SIGNED'] as const;
export type MedicalRecordStatus = (typeof MEDICAL_RECORD_STATUSES)[number];

/** What each row of a record's history says happened to it. */
export const RECORD_HISTORY_ACTIONS = ['CREATED', 'UPDATED', 'SIGNED', 'AMENDED', 'FILE_ADDED'] as const;
export type RecordHistoryAction = (typeof RECORD_HISTORY_ACTIONS)[number];
