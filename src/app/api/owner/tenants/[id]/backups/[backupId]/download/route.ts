import { ownerRoute } from '@/server/owner/auth/owner-route';
import { backupParams } from '@/server/operations/backups/backup.schema';
import { downloadBackup } from '@/server/operations/backups/owner-backup-actions';

// GET /api/owner/tenants/:id/backups/:backupId/download — OWNER only (clinical data): the backup folder as a tar stream
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/backups/{backupId}/download',
    summary:
      'Download the backup folder as an uncompressed tar stream (application/x-tar; not JSON). OWNER only',
    tags: ['Owner: backups'],
    roles: ['OWNER'],
    params: backupParams,
    raw: { contentType: 'application/x-tar', description: 'The backup folder as an uncompressed tar stream' },
    errors: ['BACKUP_NOT_COMPLETE'],
  },
  async ({ db, params, user, meta }) =>
    downloadBackup(db, { tenantId: params.id, backupId: params.backupId, context: { actor: user, meta } }),
);
