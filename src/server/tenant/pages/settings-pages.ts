import 'server-only';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { listExports } from '@/server/tenant/exports/list-exports';
import { getPlanUsage } from '@/server/tenant/plan-limits/get-plan-usage';
import { listUsers } from '@/server/tenant/users/list-users';
import { listUsersQuery } from '@/server/tenant/users/users.schema';
import {
  clinicBillingSummary,
  getClinicBillingProfile,
  listClinicInvoices,
} from '@/server/tenancy/owner-gateway/clinic-billing';
import { withPageDb } from './page-context';
import { parsePageQuery, type SearchParams } from './page-data';

/** Data for the clinic's Settings pages (the caller checks the permission first). */

export function loadDataExportPage() {
  return withPageDb((db) => listExports(db));
}

/** Usage against the plan (from the clinic's database) and billing (from the owner side, via server/tenancy). */
export async function loadPlanPage(tenantId: string) {
  const [usage, billing, invoices, profile] = await Promise.all([
    withPageDb((db) => getPlanUsage(db, { tenantId })),
    clinicBillingSummary(tenantId),
    listClinicInvoices(tenantId),
    getClinicBillingProfile(tenantId),
  ]);
  return { usage, billing, invoices, profile };
}

export async function loadUsersPage(user: TenantSessionUser, searchParams: SearchParams) {
  const query = parsePageQuery(listUsersQuery, searchParams);
  // A stale or foreign cursor restarts at the first page instead of failing the page.
  const page = await withPageDb((db) =>
    listUsers(db, { user, query: { ...query, limit: 50 } }).catch(() =>
      listUsers(db, { user, query: { ...query, cursor: undefined, limit: 50 } }),
    ),
  );
  return { query, ...page };
}
