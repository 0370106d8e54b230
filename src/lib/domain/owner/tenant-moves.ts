/** A clinic's move between database servers: QUEUED → RUNNING → SUCCEEDED (→ FINALIZED once the old copy goes) or FAILED. */
export const TENANT_MOVE_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'FINALIZED'] as const;
export type TenantMoveStatus = (typeof TENANT_MOVE_STATUSES)[number];
