import { and, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { beforeTime, decodeTimeCursor, utcMicros } from '@/server/shared/http/keyset';
import { paginate, type Page } from '@/server/shared/http/pagination';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { can } from '@/server/tenant/auth/permissions';
import { files, type TenantRole } from '@/server/tenant/db/schema';
import { toFileView, type FileView, type ListFilesQuery } from './files.schema';

export type FileViewer = { practiceIds: string[]; role: TenantRole };

/**
 * Files of the caller's practices, plus clinic-wide ones (no practice). A file linked to a medical record is part
 * of the clinical notes and follows their permission: roles without `records:read` (receptionists) do not see it
 * at all, while files linked only to a patient or client (consent forms…) stay visible to all staff.
 */
export function visibleFiles(user: FileViewer): SQL {
  const inScope = or(isNull(files.practiceId), inArray(files.practiceId, user.practiceIds))!;
  return can(user.role, 'records:read') ? inScope : and(inScope, isNull(files.medicalRecordId))!;
}

export type ListFilesOptions = { query: ListFilesQuery; user: FileViewer };

/** File metadata, newest first, by patient, record, practice or category. */
export async function listFiles(db: TenantDb, { query, user }: ListFilesOptions): Promise<Page<FileView>> {
  const conditions: SQL[] = [visibleFiles(user)];
  if (query.patientId) conditions.push(eq(files.patientId, query.patientId));
  if (query.medicalRecordId) conditions.push(eq(files.medicalRecordId, query.medicalRecordId));
  if (query.practiceId) conditions.push(eq(files.practiceId, query.practiceId));
  if (query.category) conditions.push(eq(files.category, query.category));
  const cursor = decodeTimeCursor(query.cursor);
  if (cursor) conditions.push(beforeTime(files.createdAt, files.id, cursor));
  const rows = await db
    .select({ file: files, sortKey: utcMicros(files.createdAt) })
    .from(files)
    .where(and(...conditions))
    .orderBy(desc(files.createdAt), desc(files.id))
    .limit(query.limit + 1);
  const { data: pageRows, nextCursor } = paginate(
    rows,
    query.limit,
    (r) => r.sortKey,
    (r) => r.file.id,
  );
  return { data: pageRows.map((r) => toFileView(r.file)), nextCursor };
}
