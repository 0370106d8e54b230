import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { AppError, conflict, notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { dataExports } from '@/server/tenant/db/schema';
import { exportPath } from './export-paths';
import { toExportView } from './export.schema';

/**
 * Opens a complete, unexpired export of this clinic for download. The id is looked up in this clinic's own
 * database only, so another clinic's export id is simply not found (404). Not ready → 409; expired → 410.
 */
export async function openExport(
  db: TenantDb,
  options: { tenantSlug: string; id: string },
): Promise<{ body: ReadableStream<Uint8Array>; sizeBytes: number; fileName: string }> {
  const [row] = await db.select().from(dataExports).where(eq(dataExports.id, options.id));
  if (!row) throw notFound('Export');
  const view = toExportView(row);
  if (view.status === 'expired')
    throw new AppError(410, 'EXPORT_EXPIRED', 'This export has expired. Request a new one.');
  if (view.status !== 'complete' || !row.storedName)
    throw conflict('EXPORT_NOT_READY', 'This export is not ready yet. Try again when it is complete.');
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(
      await exportPath(options.tenantSlug, row.storedName),
      constants.O_RDONLY | constants.O_NOFOLLOW,
    );
  } catch {
    throw notFound('Export file');
  }
  const stat = await handle.stat();
  const body = Readable.toWeb(handle.createReadStream()) as unknown as ReadableStream<Uint8Array>;
  const day = row.createdAt.toISOString().slice(0, 10);
  return { body, sizeBytes: stat.size, fileName: `${options.tenantSlug}-export-${day}.zip` };
}
