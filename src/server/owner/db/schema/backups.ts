import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants';
import {
  BACKUP_KINDS,
  type BackupKind,
  BACKUP_STATUSES,
  type BackupStatus,
  RESTORE_MODES,
  type RestoreMode,
} from '@/lib/domain/owner/backups';
import { inList } from '@/server/shared/db/in-list';

export type BackupVerification = {
  ok: boolean;
  /** Tables whose restored row count differs from the manifest: name → { expected, actual }. */
  mismatches?: Record<string, { expected: number; actual: number | null }>;
  error?: string;
  durationMs?: number;
};

/**
 * One backup of one clinic: a folder `<UTC timestamp>-<id>/` holding database.dump, files.tar.gz and manifest.json.
 * Only `folder` is stored (not the absolute path): the folder lives under the clinic's backup root, which moves
 * with its storage when the clinic is deleted and archived.
 */
export const tenantBackups = pgTable(
  'tenant_backups',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    kind: text().$type<BackupKind>().notNull(),
    status: text().$type<BackupStatus>().notNull().default('running'),
    folder: text().notNull(),
    databaseBytes: bigint({ mode: 'number' }),
    filesBytes: bigint({ mode: 'number' }),
    sizeBytes: bigint({ mode: 'number' }),
    schemaVersion: bigint({ mode: 'number' }),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
    verifiedAt: timestamp({ withTimezone: true }),
    verification: jsonb().$type<BackupVerification | null>(),
    /** pre-delete backups: kept until then (deletedTenantRetentionDays after the deletion). */
    keepUntil: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('tenant_backups_tenant_idx').on(t.tenantId, t.createdAt),
    check('tenant_backups_kind_check', inList(t.kind, BACKUP_KINDS)),
    check('tenant_backups_status_check', inList(t.status, BACKUP_STATUSES)),
  ],
);

/**
 * One restore: what was restored where, how it ended, and (in place) the replaced database and files, kept for
 * `replacedDataRetentionDays` and then dropped by the purge job.
 */
export const tenantRestores = pgTable(
  'tenant_restores',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    backupId: uuid().references(() => tenantBackups.id, { onDelete: 'set null' }),
    mode: text().$type<RestoreMode>().notNull(),
    /** restore as a new clinic: the clinic created. */
    targetTenantId: uuid().references(() => tenants.id, { onDelete: 'set null' }),
    status: text().$type<BackupStatus>().notNull().default('running'),
    step: text(),
    error: text(),
    replacedDatabase: text(),
    replacedFilesPath: text(),
    purgeAfter: timestamp({ withTimezone: true }),
    purgedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('tenant_restores_tenant_idx').on(t.tenantId, t.createdAt),
    check('tenant_restores_mode_check', inList(t.mode, RESTORE_MODES)),
    check('tenant_restores_status_check', inList(t.status, BACKUP_STATUSES)),
  ],
);

export type TenantBackup = typeof tenantBackups.$inferSelect;
export type TenantRestore = typeof tenantRestores.$inferSelect;
