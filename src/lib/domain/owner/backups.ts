export const BACKUP_KINDS = ['scheduled', 'manual', 'pre-delete', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Shared by backups and restores. */
export const BACKUP_STATUSES = ['running', 'complete', 'failed'] as const;
export type BackupStatus = (typeof BACKUP_STATUSES)[number];

/** A restore replaces the clinic's data in place, or creates a new clinic from the backup. */
export const RESTORE_MODES = ['in-place', 'new-tenant'] as const;
export type RestoreMode = (typeof RESTORE_MODES)[number];

/** Hours after which a clinic's newest good backup counts as stale (shown red): a missed night plus slack. */
export const STALE_BACKUP_HOURS = 36;
