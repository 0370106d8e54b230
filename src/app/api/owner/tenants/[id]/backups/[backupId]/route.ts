import { ownerRoute } from '@/server/owner/auth/owner-route';
import { backupParams, backupSchema, toBackupView } from '@/server/operations/backups/backup.schema';
import { getBackup } from '@/server/operations/backups/list-backups';
import { deleteBackupAudited } from '@/server/operations/backups/owner-backup-actions';

const TAG = 'Owner: backups';

// GET /api/owner/tenants/:id/backups/:backupId — OWNER, SUPPORT: one backup (another clinic's is 404)
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/backups/{backupId}',
    summary: 'One backup with its sizes, verification result and error',
    tags: [TAG],
    params: backupParams,
    response: backupSchema,
  },
  async ({ db, params }) =>
    toBackupView(await getBackup(db, { tenantId: params.id, backupId: params.backupId })),
);

// DELETE /api/owner/tenants/:id/backups/:backupId — OWNER: delete a manual backup (others: 409)
export const DELETE = ownerRoute(
  {
    method: 'delete',
    path: '/api/owner/tenants/{id}/backups/{backupId}',
    summary: 'Delete a manual backup (folder and record); other kinds answer 409',
    tags: [TAG],
    params: backupParams,
    response: backupSchema,
    errors: ['BACKUP_NOT_MANUAL', 'BACKUP_IN_PROGRESS'],
  },
  async ({ db, params, user, meta }) =>
    toBackupView(
      await deleteBackupAudited(db, {
        tenantId: params.id,
        backupId: params.backupId,
        context: { actor: user, meta },
      }),
    ),
);
