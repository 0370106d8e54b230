// GET /api/exports/:id/download — ADMIN: stream a complete export of this clinic (7 days after it was built)
import { readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { contentDisposition } from '@/server/tenant/files/content-disposition';
import { exportIdParams } from '@/server/tenant/exports/export.schema';
import { openExport } from '@/server/tenant/exports/open-export';

export const GET = withTenant<{ id: string }>(
  async ({ db, tenant, params }) => {
    const { id } = readParams(params, exportIdParams);
    const { body, sizeBytes, fileName } = await openExport(db, { tenantSlug: tenant.slug, id });
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
  { permission: 'exports:manage' },
);
