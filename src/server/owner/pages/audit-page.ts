import 'server-only';
import { listAudit } from '@/server/owner/audit/list-audit';
import { listAuditQuery } from '@/server/owner/audit/list-audit.schema';
import { ownerDb } from '@/server/owner/db/client';
import { isAppError } from '@/server/shared/errors';
import { requireOwnerPageUser } from './owner-page-session';

type AuditFilters = { action?: string; actor?: string; target?: string };

/**
 * One page of the audit log. Filters that fail validation, or that the query refuses with a 4xx, come back as
 * `failure` (said on the page) instead of an error page.
 */
export async function loadAuditPage(filters: AuditFilters, cursor: string | undefined) {
  await requireOwnerPageUser();
  const query = listAuditQuery.safeParse({ ...filters, cursor, limit: 50 });
  let result: Awaited<ReturnType<typeof listAudit>> | null = null;
  let failure: string | null = query.success
    ? null
    : (query.error.issues[0]?.message ?? 'These filters are not valid.');
  if (query.success) {
    try {
      result = await listAudit(ownerDb, query.data);
    } catch (error) {
      if (!isAppError(error) || error.status >= 500) throw error;
      failure = error.message;
    }
  }
  return { result, failure };
}
