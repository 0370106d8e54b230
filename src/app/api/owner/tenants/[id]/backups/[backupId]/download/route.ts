import { withOwner } from '@/server/owner/auth/with-owner';
import { backupParams } from '@/server/operations/backups/backup.schema';
import { downloadBackup } from '@/server/operations/backups/owner-backup-actions';
import { readParams } from '@/server/shared/http/request';

type Params = { id: string; backupId: string };

// GET /api/owner/tenants/:id/backups/:backupId/download — OWNER only (clinical data): the backup folder as a tar stream
export const GET = withOwner<Params>(
  async ({ db, params, user, meta }) => {
    const { id, backupId } = readParams(params, backupParams);
    return downloadBackup(db, { tenantId: id, backupId, context: { actor: user, meta } });
  },
  { roles: ['OWNER'] },
);
