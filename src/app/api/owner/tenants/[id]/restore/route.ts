import { withOwner } from '@/server/owner/auth/with-owner';
import { tenantIdParams } from '@/server/owner/tenants/tenant.schema';
import { restoreBody } from '@/server/operations/backups/backup.schema';
import { restoreTenant } from '@/server/operations/backups/owner-restore-action';
import { readJson, readParams } from '@/server/shared/http/request';

// POST /api/owner/tenants/:id/restore — OWNER, body { backupId, asSlug? }: restore in place (200), or as a new clinic (201)
export const POST = withOwner<{ id: string }>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, tenantIdParams);
  const body = await readJson(req, restoreBody);
  const result = await restoreTenant(db, { tenantId: id, ...body, context: { actor: user, meta } });
  return Response.json({ data: result }, { status: result.created ? 201 : 200 });
});
