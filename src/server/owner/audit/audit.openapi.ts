import type { ApiOperation } from '@/server/shared/openapi/operation';
import { auditEntrySchema, listAuditQuery } from './list-audit.schema';

/** The audit-log operations of the owner API. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/owner/audit',
    summary: 'The audit log of owner actions and sign-ins, newest first',
    tags: ['Owner: audit'],
    auth: 'OWNER, SUPPORT',
    query: listAuditQuery,
    response: auditEntrySchema,
    list: true,
    errors: [400, 401, 403],
  },
];
