import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { contentDisposition } from '@/server/tenant/files/content-disposition';
import { deleteFile } from '@/server/tenant/files/delete-file';
import { isInlineType } from '@/server/tenant/files/detect-file-type';
import { fileIdParams } from '@/server/tenant/files/files.schema';
import { openStoredFile } from '@/server/tenant/files/open-stored-file';

const tags = ['Files'];

// GET /api/files/:id (files:read: every role): streams the bytes
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/files/{id}',
    summary:
      "Download the file bytes (Cache-Control: private, no-store; not JSON); a medical record's file is 404 to roles that may not read clinical notes",
    tags,
    permission: 'files:read',
    params: fileIdParams,
    raw: {
      contentType: 'application/octet-stream',
      description: "The file's bytes, sent with its stored type.",
    },
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, tenant, params }) => {
    const { file, body, sizeBytes } = await openStoredFile(db, {
      tenantSlug: tenant.slug,
      id: params.id,
      user,
    });
    return new Response(body, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(sizeBytes),
        'Content-Disposition': contentDisposition(
          isInlineType(file.contentType) ? 'inline' : 'attachment',
          file.originalName,
        ),
        // Patient data: never kept by shared or browser caches, never content-sniffed into something executable.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        // Opened directly, an image gets a document that can run nothing; PDFs are left to the browser's viewer,
        // which a sandbox CSP would block.
        ...(file.contentType === 'application/pdf'
          ? {}
          : { 'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox" }),
      },
    });
  },
);

// DELETE /api/files/:id (files:write: ADMIN or the uploader)
export const DELETE = tenantRoute(
  {
    method: 'delete',
    path: '/api/files/{id}',
    summary: 'Delete a file; 409 RECORD_LOCKED when it belongs to a signed medical record',
    tags,
    permission: 'files:write',
    accessNote: 'deleting a file someone else uploaded: ADMIN',
    params: fileIdParams,
    status: 204,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'RECORD_LOCKED'],
  },
  async ({ db, user, tenant, params }) => {
    await deleteFile(db, { tenantSlug: tenant.slug, id: params.id, user });
  },
);
