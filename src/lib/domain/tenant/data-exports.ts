/** A clinic data export's life: queued → running → complete (until it expires) or failed. */
export const DATA_EXPORT_STATUSES = ['queued', 'running', 'complete', 'failed', 'expired'] as const;
export type DataExportStatus = (typeof DATA_EXPORT_STATUSES)[number];
