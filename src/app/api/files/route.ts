// GET /api/files (files:read: every role) · POST /api/files multipart (files:write: every role)
import { env } from '@/env';
import { readQuery } from '@/server/shared/http/request';
import { created, page } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { listFilesQuery } from '@/server/tenant/files/files.schema';
import { listFiles } from '@/server/tenant/files/list-files';
import { readMultipartUpload } from '@/server/tenant/files/read-multipart-upload';
import { storeUploadedFile } from '@/server/tenant/files/store-uploaded-file';
import { stagingDir } from '@/server/tenant/files/tenant-paths';

// GET: file metadata of the caller's practices; patientId, medicalRecordId, practiceId, category; cursor pages
export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listFiles(db, { query: readQuery(req, listFilesQuery), user });
    return page(data, nextCursor);
  },
  { permission: 'files:read' },
);

// POST: upload one file (field `file`; optional category, patientId, medicalRecordId, practiceId) → 201 metadata
export const POST = withTenant(
  async ({ req, db, user, tenant }) => {
    const staged = await readMultipartUpload(req, {
      stagingDir: await stagingDir(tenant.slug),
      maxBytes: env().MAX_UPLOAD_BYTES,
    });
    return created(await storeUploadedFile(db, { tenant, staged, user }));
  },
  { permission: 'files:write' },
);
