import 'server-only';
import { lastGoodBackupTimes } from '@/server/operations/backups/backup-health';
import { ownerDb } from '@/server/owner/db/client';
import { listPlans } from '@/server/owner/plans/list-plans';
import { listTenants } from '@/server/owner/tenants/list-tenants';
import { listTenantsQuery } from '@/server/owner/tenants/list-tenants.schema';
import { isAppError } from '@/server/shared/errors';
import { canManage, requireOwnerPageUser } from './owner-page-session';

type TenantListFilters = { q?: string; status?: string; plan?: string };

/**
 * The tenants list: one page of tenants with their last good backup, and the plans for the filter. Filters the
 * query refuses come back as `failure` (said on the page) instead of an error page.
 */
export async function loadTenantsPage(filters: TenantListFilters, cursor: string | undefined, limit: number) {
  const user = await requireOwnerPageUser();
  const plans = await listPlans(ownerDb);
  const query = listTenantsQuery.safeParse({ ...filters, cursor, limit });
  let result: Awaited<ReturnType<typeof listTenants>> | null = null;
  let failure: string | null = query.success ? null : 'These filters are not valid.';
  if (query.success) {
    try {
      result = await listTenants(ownerDb, query.data);
    } catch (error) {
      if (!isAppError(error) || error.status >= 500) throw error;
      failure = error.message;
    }
  }
  const lastBackups = await lastGoodBackupTimes(ownerDb, result?.data.map((t) => t.id) ?? []);
  return { canCreate: canManage(user), plans, result, failure, lastBackups };
}
