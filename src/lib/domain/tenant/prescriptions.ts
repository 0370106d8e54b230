/** A prescription's status; dispensing and cancelling move it out of ACTIVE. */
export const PRESCRIPTION_STATUSES = ['ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export type PrescriptionStatus = (typeof PRESCRIPTION_STATUSES)[number];
