import { withOwner } from '@/server/owner/auth/with-owner';
import { listAudit } from '@/server/owner/audit/list-audit';
import { listAuditQuery } from '@/server/owner/audit/list-audit.schema';
import { readQuery } from '@/server/shared/http/request';
import { page } from '@/server/shared/http/respond';

// GET /api/owner/audit — OWNER, SUPPORT: the audit log, newest first (filters: action, actor, target, since, until)
export const GET = withOwner(async ({ req, db }) => {
  const { data, nextCursor } = await listAudit(db, readQuery(req, listAuditQuery));
  return page(data, nextCursor);
});
