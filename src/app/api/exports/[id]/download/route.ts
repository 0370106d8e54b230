import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { contentDisposition } from '@/server/tenant/files/content-disposition';
import { exportIdParams } from '@/server/tenant/exports/export.schema';
import { openExport } from '@/server/tenant/exports/open-export';

// GET /api/exports/:id/download — ADMIN: stream a complete export of this clinic (7 days after it was built)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/exports/{id}/download',
    summary: 'Download a complete export (application/zip), for 7 days after it was built',
    tags: ['Data export'],
    permission: 'exports:manage',
    params: exportIdParams,
    raw: { contentType: 'application/zip', description: 'The export archive.' },
    errors: ['NOT_FOUND', 'EXPORT_NOT_READY', 'EXPORT_EXPIRED'],
  },
  async ({ db, tenant, params }) => {
    const { body, sizeBytes, fileName } = await openExport(db, { tenantSlug: tenant.slug, id: params.id });
    return new Response(body, {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Length': String(sizeBytes),
        'Content-Disposition': contentDisposition('attachment', fileName),
        // The whole clinic's data: never kept by shared or browser caches.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);
