import { z } from 'zod';
import { text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import { FILE_CATEGORIES, type StoredFile } from '@/server/tenant/db/schema';

const optionalId = z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional());

export const fileIdParams = z.object({ id: z.uuid() });

/** The text fields of the multipart upload (the file itself is the part named `file`). */
export const uploadFileFields = z.strictObject({
  category: z.preprocess((v) => (v === '' ? undefined : v), z.enum(FILE_CATEGORIES).optional()),
  patientId: optionalId,
  medicalRecordId: optionalId,
  practiceId: optionalId,
});
export type UploadFileFields = z.infer<typeof uploadFileFields>;

/** Documents the multipart body for OpenAPI; the route reads it with readMultipartUpload. */
export const uploadFileBody = uploadFileFields.extend({
  file: text().meta({ format: 'binary', description: 'The file. Its type is decided by its content.' }),
});

export const listFilesQuery = paginationQuery.extend({
  patientId: z.uuid().optional(),
  medicalRecordId: z.uuid().optional(),
  practiceId: z.uuid().optional(),
  category: z.enum(FILE_CATEGORIES).optional(),
});
export type ListFilesQuery = z.infer<typeof listFilesQuery>;

export const fileSchema = z.object({
  id: z.uuid(),
  category: z.enum(FILE_CATEGORIES),
  originalName: text(),
  contentType: text(),
  sizeBytes: z.number().int(),
  sha256: text(),
  practiceId: z.uuid().nullable(),
  patientId: z.uuid().nullable(),
  medicalRecordId: z.uuid().nullable(),
  uploadedBy: z.uuid(),
  createdAt: z.iso.datetime(),
  /** Where to download it: GET, signed-in users of this clinic only. */
  url: text(),
});
export type FileView = Omit<z.infer<typeof fileSchema>, 'createdAt'> & { createdAt: Date };

export function toFileView(row: StoredFile): FileView {
  return {
    id: row.id,
    category: row.category,
    originalName: row.originalName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    practiceId: row.practiceId,
    patientId: row.patientId,
    medicalRecordId: row.medicalRecordId,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt,
    url: `/api/files/${row.id}`,
  };
}
