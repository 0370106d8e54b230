import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { AppError, notFound } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { files } from '@/server/tenant/db/schema';
import { toFileView, type FileView } from './files.schema';
import { visibleFiles, type FileViewer } from './list-files';
import { resolveStoredFile } from './tenant-paths';

export type OpenStoredFileOptions = { tenantSlug: string; id: string; user: FileViewer };

/**
 * Opens a stored file for download. The path comes only from the database row (category + generated name),
 * is re-validated and resolved inside the tenant's folder, and opened with O_NOFOLLOW; a missing or tampered
 * file is a 404. The caller must consume or cancel `body`, which closes the file.
 */
export async function openStoredFile(
  db: TenantDb,
  { tenantSlug, id, user }: OpenStoredFileOptions,
): Promise<{ file: FileView; body: ReadableStream<Uint8Array>; sizeBytes: number }> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, id), visibleFiles(user)));
  if (!row) throw notFound('File');
  const realPath = await resolveStoredFile(tenantSlug, row.category, row.storedName);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(realPath, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    logger.warn('stored file missing', { fileId: id, error });
    throw new AppError(404, 'NOT_FOUND', 'File not found.');
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw notFound('File');
  }
  const body = Readable.toWeb(handle.createReadStream()) as unknown as ReadableStream<Uint8Array>;
  return { file: toFileView(row), body, sizeBytes: stat.size };
}
