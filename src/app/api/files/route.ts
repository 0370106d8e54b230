import { env } from '@/env';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { fileSchema, listFilesQuery, uploadFileBody } from '@/server/tenant/files/files.schema';
import { listFiles } from '@/server/tenant/files/list-files';
import { readMultipartUpload } from '@/server/tenant/files/read-multipart-upload';
import { storeUploadedFile } from '@/server/tenant/files/store-uploaded-file';
import { stagingDir } from '@/server/tenant/files/tenant-paths';

const tags = ['Files'];

// GET /api/files (files:read: every role): file metadata of the caller's practices; patientId, medicalRecordId, practiceId, category; cursor pages
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/files',
    summary:
      'List file metadata; files linked to a medical record are listed only to roles that may read clinical notes',
    tags,
    permission: 'files:read',
    query: listFilesQuery,
    response: fileSchema,
    list: true,
  },
  async ({ db, user, query }) => listFiles(db, { query, user }),
);

// POST /api/files multipart (files:write: every role): upload one file (field `file`; optional category, patientId,
// medicalRecordId, practiceId) → 201 metadata. The handler streams the form itself (`body` documents its fields).
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/files',
    summary:
      "Upload a file (multipart field `file`, at most MAX_UPLOAD_BYTES inclusive); type checked by content: images, DICOM, PDF, UTF-8 text; 403 PLAN_LIMIT_REACHED past the plan's storage; on a SIGNED record it is an addendum (VETERINARIAN only, else 403), recorded in the record's history as FILE_ADDED",
    tags,
    permission: 'files:write',
    accessNote: 'a file on a signed record: VETERINARIAN',
    body: uploadFileBody,
    multipart: true,
    response: fileSchema,
    status: 201,
    errors: [
      'BAD_REQUEST',
      'FORBIDDEN',
      'PLAN_LIMIT_REACHED',
      'PLAN_FEATURE_UNAVAILABLE',
      'NOT_FOUND',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'UNSUPPORTED_FILE_TYPE',
    ],
  },
  async ({ req, db, user, tenant }) => {
    const staged = await readMultipartUpload(req, {
      stagingDir: await stagingDir(tenant.slug),
      maxBytes: env().MAX_UPLOAD_BYTES,
    });
    return storeUploadedFile(db, { tenant, staged, user });
  },
);
