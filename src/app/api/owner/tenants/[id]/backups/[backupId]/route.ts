import { withOwner } from '@/server/owner/auth/with-owner';
import { backupParams, toBackupView } from '@/server/operations/backups/backup.schema';
import { getBackup } from '@/server/operations/backups/list-backups';
import { deleteBackupAudited } from '@/server/operations/backups/owner-backup-actions';
import { readParams } from '@/server/shared/http/request';

type Params = { id: string; backupId: string };

// GET /api/owner/tenants/:id/backups/:backupId — OWNER, SUPPORT: one backup (another clinic's is 404)
export const GET = withOwner<Params>(async ({ db, params }) => {
  const { id, backupId } = readParams(params, backupParams);
  return toBackupView(await getBackup(db, { tenantId: id, backupId }));
});

// DELETE /api/owner/tenants/:id/backups/:backupId — OWNER: delete a manual backup (others: 409)
export const DELETE = withOwner<Params>(async ({ db, params, user, meta }) => {
  const { id, backupId } = readParams(params, backupParams);
  return toBackupView(
    await deleteBackupAudited(db, { tenantId: id, backupId, context: { actor: user, meta } }),
  );
});
