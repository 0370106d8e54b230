import fs from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { conflict, forbidden, notFound, pgErrorCode, PG_LOCKED_BY_RULE } from '@/server/shared/errors';
import { logger } from '@/server/shared/logger';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { files, medicalRecords, type TenantRole } from '@/server/tenant/db/schema';
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
    .where(and(eq(files.id, id), visibleFiles(user)));
  if (!row) throw notFound('File');
  if (user.role !== 'ADMIN' && row.uploadedBy !== user.id)
    throw forbidden('Only an admin or the uploader can delete this file.');
  if (row.medicalRecordId && (await isSignedRecord(db, row.medicalRecordId))) throw recordLocked();
  // Resolved before the row goes: a tampered folder refuses the delete instead of unlinking through a symlink.
  const link = await storedFileLink(tenantSlug, row.category, row.storedName);
  // The database refuses it too (files_signed_record_guard, SD409) if the record was signed meanwhile.
  const [deleted] = await db
    .delete(files)
    .where(eq(files.id, row.id))
    .returning({ id: files.id })
    .catch((error: unknown) => {
      throw pgErrorCode(error) === PG_LOCKED_BY_RULE ? recordLocked() : error;
    });
  if (!deleted) throw notFound('File');
  // unlink removes a symlink itself, never its target.
  await fs.unlink(link).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') logger.error('could not remove a deleted file', { fileId: id, error });
  });
}

const recordLocked = () =>
  conflict(
    'RECORD_LOCKED',
    'This file belongs to a signed medical record and cannot be deleted; add an amendment to correct the record.',
  );

async function isSignedRecord(db: TenantDb, recordId: string): Promise<boolean> {
  const [record] = await db
    .select({ status: medicalRecords.status })
    .from(medicalRecords)
    .where(eq(medicalRecords.id, recordId));
  return record?.status === 'SIGNED';
}
