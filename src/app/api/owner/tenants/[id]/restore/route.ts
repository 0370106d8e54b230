import { z } from 'zod';
import { ownerRoute } from '@/server/owner/auth/owner-route';
import { tenantDetailSchema, tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { restoreBody, restoreSchema } from '@/server/operations/backups/backup.schema';
import { restoreTenant } from '@/server/operations/backups/owner-restore-action';

// POST /api/owner/tenants/:id/restore — OWNER, body { backupId, asSlug? }: restore in place (200), or as a new clinic (201)
export const POST = ownerRoute(
  {
    method: 'post',
    path: '/api/owner/tenants/{id}/restore',
    summary:
      'Restore a backup: in place (maintenance, pre-restore backup, scratch restore, migrate, verify, swap; 200), or as a new clinic with asSlug (201). Any failure leaves everything as it was',
    tags: ['Owner: backups'],
    params: tenantIdParams,
    body: restoreBody,
    response: z.object({ restore: restoreSchema, tenant: tenantDetailSchema, created: z.boolean() }),
    errors: [
      'BACKUP_NOT_COMPLETE',
      'INVALID_STATE',
      'SLUG_TAKEN',
      'BACKUP_IN_PROGRESS',
      409,
      'BACKUP_CORRUPT',
      'BACKUP_SCHEMA_NEWER',
      'RESTORE_VERIFY_FAILED',
      'RESTORE_FAILED',
      'PRE_RESTORE_BACKUP_FAILED',
      'PG_TOOLS_MISSING',
    ],
  },
  async ({ db, params, body, user, meta }) => {
    const result = await restoreTenant(db, { tenantId: params.id, ...body, context: { actor: user, meta } });
    // 201 when the backup became a new clinic: the one status the descriptor cannot say.
    return Response.json({ data: result }, { status: result.created ? 201 : 200 });
  },
);
