import { z } from 'zod';
import type { ApiOperation } from '@/server/shared/openapi/operation';
import { tenantDetailSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { backupParams, backupSchema, restoreBody, restoreSchema } from './backup.schema';

const TAG = 'Owner: backups';

/** Backups and restores of one clinic, for /api/openapi.json (owner host only). */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/backups',
    summary: "The clinic's backups, newest first (incomplete leftovers are swept and shown as failed)",
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: tenantIdParams,
    response: backupSchema,
    list: true,
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/backups',
    summary:
      'Back up now (kind manual): 201 with the finished backup (complete, or failed with its error) when done within 25 s, else 202 with the running one',
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    response: backupSchema,
    successStatus: 201,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/backups/{backupId}',
    summary: 'One backup with its sizes, verification result and error',
    tags: [TAG],
    auth: 'OWNER, SUPPORT',
    params: backupParams,
    response: backupSchema,
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/owner/tenants/{id}/backups/{backupId}',
    summary: 'Delete a manual backup (folder and record); other kinds answer 409',
    tags: [TAG],
    auth: 'OWNER',
    params: backupParams,
    response: backupSchema,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/backups/{backupId}/download',
    summary:
      'Download the backup folder as an uncompressed tar stream (application/x-tar; not JSON). OWNER only',
    tags: [TAG],
    auth: 'OWNER',
    params: backupParams,
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/restore',
    summary:
      'Restore a backup: in place (maintenance, pre-restore backup, scratch restore, migrate, verify, swap; 200), or as a new clinic with asSlug (201). Any failure leaves everything as it was',
    tags: [TAG],
    auth: 'OWNER',
    params: tenantIdParams,
    body: restoreBody,
    response: z.object({ restore: restoreSchema, tenant: tenantDetailSchema, created: z.boolean() }),
    errors: [400, 401, 403, 404, 409, 422, 500, 503],
  },
];
