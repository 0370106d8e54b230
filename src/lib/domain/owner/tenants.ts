/** A clinic's lifecycle as the owner console and the tenant plane both read it. */
export const TENANT_STATUSES = ['PROVISIONING', 'ACTIVE', 'SUSPENDED', 'FAILED', 'DELETED'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** Who put a clinic in maintenance: the operator by hand, or an operation that needs it quiet. */
export const MAINTENANCE_REASONS = ['OPERATOR', 'RESTORE', 'MOVE'] as const;
export type MaintenanceReason = (typeof MAINTENANCE_REASONS)[number];

/** Who suspended a clinic: the operator by hand, or dunning for unpaid invoices. */
export const SUSPENSION_REASONS = ['OPERATOR', 'NON_PAYMENT'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];
