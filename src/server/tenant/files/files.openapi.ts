import type { ApiOperation } from '@/server/shared/openapi/operation';
import { fileIdParams, fileSchema, listFilesQuery, uploadFileBody } from './files.schema';

const tags = ['Files'];

/** The files operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/files',
    summary:
      'List file metadata; files linked to a medical record are listed only to roles that may read clinical notes',
    tags,
    auth: 'signed-in (files:read: every role)',
    query: listFilesQuery,
    response: fileSchema,
    list: true,
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/files',
    summary:
      "Upload a file (multipart field `file`, at most MAX_UPLOAD_BYTES inclusive); type checked by content: images, DICOM, PDF, UTF-8 text; 403 PLAN_LIMIT_REACHED past the plan's storage; on a SIGNED record it is an addendum (VETERINARIAN only, else 403), recorded in the record's history as FILE_ADDED",
    tags,
    auth: 'signed-in (files:write: every role)',
    body: uploadFileBody,
    multipart: true,
    response: fileSchema,
    successStatus: 201,
    errors: [400, 401, 403, 404, 413, 415],
  },
  {
    method: 'get',
    path: '/api/files/{id}',
    summary:
      "Download the file bytes (Cache-Control: private, no-store; not JSON); a medical record's file is 404 to roles that may not read clinical notes",
    tags,
    auth: 'signed-in (files:read: every role)',
    params: fileIdParams,
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/files/{id}',
    summary: 'Delete a file; 409 RECORD_LOCKED when it belongs to a signed medical record',
    tags,
    auth: 'ADMIN or the uploader (files:write)',
    params: fileIdParams,
    errors: [401, 403, 404, 409],
  },
];
