import { ownerRoute } from '@/server/owner/auth/owner-route';
import { listAudit } from '@/server/owner/audit/list-audit';
import { auditEntrySchema, listAuditQuery } from '@/server/owner/audit/list-audit.schema';

// GET /api/owner/audit — OWNER, SUPPORT: the audit log, newest first (filters: action, actor, target, since, until)
export const GET = ownerRoute(
  {
    method: 'get',
    path: '/api/owner/audit',
    summary: 'The audit log of owner actions and sign-ins, newest first',
    tags: ['Owner: audit'],
    query: listAuditQuery,
    response: auditEntrySchema,
    list: true,
  },
  async ({ db, query }) => listAudit(db, query),
);
