import { ownerRoute } from '@/server/owner/auth/owner-route';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { backupSchema, toBackupView } from '@/server/operations/backups/backup.schema';
import { listBackups } from '@/server/operations/backups/list-backups';
import { backUpNow } from '@/server/operations/backups/owner-backup-actions';

const TAG = 'Owner: backups';

// GET /api/owner/tenants/:id/backups — OWNER, SUPPORT: the clinic's backups, newest first
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/tenants/{id}/backups',
    summary: "The clinic's backups, newest first (incomplete leftovers are swept and shown as failed)",
    tags: [TAG],
    params: tenantIdParams,
    response: backupSchema,
    list: true,
  },
  // Every backup in one page: a clinic keeps few (retention prunes them).
  async ({ db, params }) => ({
    data: (await listBackups(db, { tenantId: params.id })).map(toBackupView),
    nextCursor: null,
  }),
);

// POST /api/owner/tenants/:id/backups — OWNER: back up now (201 when done within 25 s, else 202 while it runs)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/backups',
    summary:
      'Back up now (kind manual): 201 with the finished backup (complete, or failed with its error) when done within 25 s, else 202 with the running one',
    tags: [TAG],
    params: tenantIdParams,
    response: backupSchema,
    status: 201,
    errors: ['INVALID_STATE', 'BACKUP_IN_PROGRESS', 'PG_TOOLS_MISSING'],
  },
  async ({ db, params, user, meta }) => {
    const { backup, finished } = await backUpNow(db, {
      tenantId: params.id,
      context: { actor: user, meta },
    });
    // 202 while it still runs: the one status the descriptor cannot say.
    return Response.json({ data: toBackupView(backup) }, { status: finished ? 201 : 202 });
  },
);
