import { withOwner } from '@/server/owner/auth/with-owner';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { toBackupView } from '@/server/operations/backups/backup.schema';
import { listBackups } from '@/server/operations/backups/list-backups';
import { backUpNow } from '@/server/operations/backups/owner-backup-actions';
import { readParams } from '@/server/shared/http/request';

type Params = { id: string };

// GET /api/owner/tenants/:id/backups — OWNER, SUPPORT: the clinic's backups, newest first
export const GET = withOwner<Params>(async ({ db, params }) => {
  const { id } = readParams(params, tenantIdParams);
  return (await listBackups(db, { tenantId: id })).map(toBackupView);
});

// POST /api/owner/tenants/:id/backups — OWNER: back up now (201 when done within 25 s, else 202 while it runs)
export const POST = withOwner<Params>(async ({ db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const { backup, finished } = await backUpNow(db, { tenantId: id, context: { actor: user, meta } });
  return Response.json({ data: toBackupView(backup) }, { status: finished ? 201 : 202 });
});
