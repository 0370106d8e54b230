import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import { dataExportSchema, exportIdParams } from './export.schema';

const TAG = 'Data export';

/** The clinic's data export operations, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/exports',
    summary: "The clinic's data exports, newest first, with status and progress",
    tags: [TAG],
    auth: 'ADMIN',
    response: z.array(dataExportSchema),
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/exports',
    summary:
      'Request a full export (a zip with a CSV and a JSON file per table and every stored file, one folder per patient)',
    tags: [TAG],
    auth: 'ADMIN',
    response: dataExportSchema,
    successStatus: 201,
    errors: [401, 403, 409, 503],
  },
  {
    method: 'get',
    path: '/api/exports/{id}/download',
    summary: 'Download a complete export (application/zip), for 7 days after it was built',
    tags: [TAG],
    auth: 'ADMIN',
    params: exportIdParams,
    successStatus: 200,
    errors: [401, 403, 404, 409, 410],
  },
];
