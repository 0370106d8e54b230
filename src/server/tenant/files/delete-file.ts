import fs from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { forbidden, notFound } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import type { TenantDb } from '@/server/tenancy/pool-registry';
import { files, type TenantRole } from '@/server/tenant/db/schema';
import { visibleFiles } from './list-files';
import { storedFileLink } from './tenant-paths';

export type DeleteFileOptions = {
  tenantSlug: string;
  id: string;
  user: { id: string; role: TenantRole; practiceIds: string[] };
};

/**
 * Removes a file: its row, then its bytes. Only an admin or the person who uploaded it may. The row goes first,
 * so a failure to unlink leaves an unreachable orphan (logged) rather than a row pointing at nothing.
 */
export async function deleteFile(db: TenantDb, { tenantSlug, id, user }: DeleteFileOptions): Promise<void> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, id), visibleFiles(user.practiceIds)));
  if (!row) throw notFound('File');
  if (user.role !== 'ADMIN' && row.uploadedBy !== user.id)
    throw forbidden('Only an admin or the uploader can delete this file.');
  // Resolved before the row goes: a tampered folder refuses the delete instead of unlinking through a symlink.
  const link = await storedFileLink(tenantSlug, row.category, row.storedName);
  const [deleted] = await db.delete(files).where(eq(files.id, row.id)).returning({ id: files.id });
  if (!deleted) throw notFound('File');
  // unlink removes a symlink itself, never its target.
  await fs.unlink(link).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') logger.error('could not remove a deleted file', { fileId: id, error });
  });
}
