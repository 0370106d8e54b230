import { z } from 'zod';
import { type DataExport } from '@/server/tenant/db/schema';
import { DATA_EXPORT_STATUSES } from '@/lib/domain/tenant/data-exports';

const timestamp = z.iso.datetime({ offset: true });

export const exportIdParams = z.object({ id: z.uuid() });

/** The days an export may be downloaded once it is complete; then exports.expire deletes the zip. */
export const EXPORT_RETENTION_DAYS = 7;

export const dataExportSchema = z.object({
  id: z.uuid(),
  status: z.enum(DATA_EXPORT_STATUSES),
  createdAt: timestamp,
  expiresAt: timestamp.describe('After this the zip is deleted and the export shows as expired.'),
  sizeBytes: z.number().int().nullable().describe('Size of the zip, once complete.'),
  progress: z.number().int().min(0).max(100).describe('Percent done while the job builds the zip.'),
  completedAt: timestamp.nullable(),
  error: z.string().nullable().describe('Why the export failed, when it did.'),
});

export type DataExportView = z.infer<typeof dataExportSchema>;

/** What the API says about an export; a complete one past its expiry already reads as expired. */
export function toExportView(row: DataExport, now = new Date()): DataExportView {
  const status = row.status === 'complete' && row.expiresAt <= now ? 'expired' : row.status;
  return {
    id: row.id,
    status,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    sizeBytes: status === 'complete' ? row.sizeBytes : null,
    progress: row.progress,
    completedAt: row.completedAt?.toISOString() ?? null,
    error: row.error,
  };
}
