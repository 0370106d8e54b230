import { z } from 'zod';
import { type TenantBackup, type TenantRestore } from '@/server/owner/db/schema';
import { BACKUP_KINDS, BACKUP_STATUSES, RESTORE_MODES } from '@/lib/domain/owner/backups';
import { timestampSchema } from '@/server/owner/tenants/tenant.schema';

/** How the owner API shows backups and restores, and the bodies it takes. */
export const backupSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  kind: z.enum(BACKUP_KINDS),
  status: z.enum(BACKUP_STATUSES),
  createdAt: timestampSchema,
  completedAt: timestampSchema.nullable(),
  sizeBytes: z.number().int().nullable().describe('database.dump + files.tar.gz, once complete.'),
  databaseBytes: z.number().int().nullable(),
  filesBytes: z.number().int().nullable(),
  schemaVersion: z.number().int().nullable(),
  folder: z.string().describe('`<UTC timestamp>-<id>` under the clinic’s backup root.'),
  verifiedAt: timestampSchema.nullable().describe('When a restore test of this backup last succeeded.'),
  verification: z
    .object({
      ok: z.boolean(),
      mismatches: z
        .record(z.string(), z.object({ expected: z.number(), actual: z.number().nullable() }))
        .optional(),
      error: z.string().optional(),
      durationMs: z.number().optional(),
    })
    .nullable()
    .describe('The last verification’s result.'),
  error: z.string().nullable(),
  keepUntil: timestampSchema.nullable(),
});
export type BackupView = z.infer<typeof backupSchema>;

export function toBackupView(row: TenantBackup): BackupView {
  return {
    id: row.id,
    tenantId: row.tenantId,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    sizeBytes: row.sizeBytes,
    databaseBytes: row.databaseBytes,
    filesBytes: row.filesBytes,
    schemaVersion: row.schemaVersion,
    folder: row.folder,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    verification: row.verification ?? null,
    error: row.error,
    keepUntil: row.keepUntil?.toISOString() ?? null,
  };
}

export const backupParams = z.object({ id: z.uuid(), backupId: z.uuid() });

export const restoreBody = z
  .object({
    backupId: z.uuid(),
    asSlug: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Restore as a new clinic with this slug; omit to restore in place.'),
  })
  .strict();

export const restoreSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  backupId: z.uuid().nullable(),
  mode: z.enum(RESTORE_MODES),
  status: z.enum(BACKUP_STATUSES),
  targetTenantId: z.uuid().nullable().describe('Restore as a new clinic: the clinic created.'),
  error: z.string().nullable(),
  createdAt: timestampSchema,
  finishedAt: timestampSchema.nullable(),
});

export function toRestoreView(row: TenantRestore): z.infer<typeof restoreSchema> {
  return {
    id: row.id,
    tenantId: row.tenantId,
    backupId: row.backupId,
    mode: row.mode,
    status: row.status,
    targetTenantId: row.targetTenantId,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
