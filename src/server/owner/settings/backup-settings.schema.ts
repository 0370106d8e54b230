import { z } from 'zod';

/**
 * The backup schedule and retention, as system settings (editable on the console's Settings page). Kept in their
 * own file so the backup keys read as one group; spread into systemSettingsSchema.
 */
const count = (max: number) => z.number().int().min(0).max(max);

export const backupSettingsShape = {
  backupsEnabled: z.boolean().describe('Whether every clinic is backed up daily at backupTimeUtc.'),
  backupTimeUtc: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM in 24-hour UTC time, e.g. 02:00.')
    .describe('When the nightly backup of every clinic starts, HH:MM UTC.'),
  backupConcurrency: z
    .number()
    .int()
    .min(1)
    .max(16)
    .describe('How many clinics one all-clinic backup run backs up at once.'),
  backupKeepDaily: count(366).describe('Scheduled backups kept: the newest of each of this many days.'),
  backupKeepWeekly: count(520).describe('… plus the newest of each of this many ISO weeks.'),
  backupKeepMonthly: count(240).describe('… plus the newest of each of this many months.'),
  replacedDataRetentionDays: count(3650).describe(
    'Days the database and files replaced by an in-place restore are kept before being dropped.',
  ),
  deletedTenantRetentionDays: count(36500).describe(
    "Days a deleted clinic's final (pre-delete) backup is kept with its archived storage.",
  ),
};

export const BACKUP_SETTINGS_DEFAULTS = {
  backupsEnabled: true,
  backupTimeUtc: '02:00',
  backupConcurrency: 2,
  backupKeepDaily: 7,
  backupKeepWeekly: 4,
  backupKeepMonthly: 12,
  replacedDataRetentionDays: 7,
  deletedTenantRetentionDays: 2555,
};
