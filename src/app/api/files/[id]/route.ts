// GET /api/files/:id (files:read: every role, streams the bytes) · DELETE /api/files/:id (files:write: ADMIN or the uploader)
import { readParams } from '@/server/shared/http/request';
import { noContent } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { contentDisposition } from '@/server/tenant/files/content-disposition';
import { deleteFile } from '@/server/tenant/files/delete-file';
import { isInlineType } from '@/server/tenant/files/detect-file-type';
import { fileIdParams } from '@/server/tenant/files/files.schema';
import { openStoredFile } from '@/server/tenant/files/open-stored-file';

type Params = { id: string };

export const GET = withTenant<Params>(
  async ({ db, user, tenant, params }) => {
    const { id } = readParams(params, fileIdParams);
    const { file, body, sizeBytes } = await openStoredFile(db, { tenantSlug: tenant.slug, id, user });
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
  { permission: 'files:read' },
);

export const DELETE = withTenant<Params>(
  async ({ db, user, tenant, params }) => {
    await deleteFile(db, { tenantSlug: tenant.slug, id: readParams(params, fileIdParams).id, user });
    return noContent();
  },
  { permission: 'files:write' },
);
