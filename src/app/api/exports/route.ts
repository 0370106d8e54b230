import { z } from 'zod';
import { requestExport } from '@/server/operations/exports/request-export';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { dataExportSchema } from '@/server/tenant/exports/export.schema';
import { listExports } from '@/server/tenant/exports/list-exports';

const tags = ['Data export'];

// GET /api/exports — ADMIN: the clinic's data exports
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/exports',
    summary: "The clinic's data exports, newest first, with status and progress",
    tags,
    permission: 'exports:manage',
    response: z.array(dataExportSchema),
  },
  async ({ db }) => listExports(db),
);

// POST /api/exports — ADMIN: request a new one (built by a job)
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/exports',
    summary:
      'Request a full export (a zip with a CSV and a JSON file per table and every stored file, one folder per patient)',
    tags,
    permission: 'exports:manage',
    response: dataExportSchema,
    status: 201,
    errors: ['EXPORT_IN_PROGRESS', 'SERVICE_UNAVAILABLE'],
  },
  async ({ db, tenant, user }) => requestExport(db, { tenantId: tenant.id, userId: user.id }),
);
