import 'server-only';
import { eq } from 'drizzle-orm';
import { toBackupView } from '@/server/operations/backups/backup.schema';
import { listBackups } from '@/server/operations/backups/list-backups';
import { pgTools } from '@/server/operations/backups/pg-tools';
import { getTenantHealth } from '@/server/operations/health/get-tenant-health';
import { listAudit } from '@/server/owner/audit/list-audit';
import { getBillingProfile } from '@/server/owner/billing/billing-profile';
import { listInvoices } from '@/server/owner/billing/list-invoices';
import { ownerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { listPlans } from '@/server/owner/plans/list-plans';
import { listServers } from '@/server/owner/servers/list-servers';
import { getSubscription } from '@/server/owner/subscriptions/get-subscription';
import { getTenantUsage } from '@/server/owner/usage/get-tenant-usage';
import { logger } from '@/server/shared/logger';
import { latestMove } from '@/server/tenancy/moves/request-move';
import { currentPlan } from '@/server/tenancy/owner-gateway/tenant-plan';
import { loadTenantForPage } from './load-tenant';
import { requireOwnerPageUser } from './owner-page-session';

/**
 * Data for the tabs of /owner/tenants/[id], each behind the operator session. A malformed or unknown id is the
 * 404 page (loadTenantForPage). Parts that open another system (the clinic's database, pg_dump) fail on their
 * own: the tab says so and the rest of the console keeps working.
 */

export async function loadTenantOverviewPage(id: string) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage(id);
  const [activity, plans, servers, move, [placement]] = await Promise.all([
    listAudit(ownerDb, { target: tenant.id, targetType: 'tenant', limit: 8 }),
    listPlans(ownerDb),
    listServers(ownerDb),
    latestMove(ownerDb, tenant.id),
    ownerDb.select({ serverId: tenants.serverId }).from(tenants).where(eq(tenants.id, tenant.id)),
  ]);
  return { user, tenant, activity, plans, servers, move, serverId: placement?.serverId ?? null };
}

/** Backups (null when listing failed, logged) and what is missing to take one (null when pg_dump is ready). */
export async function loadTenantBackupsPage(id: string) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage(id);
  let backups: ReturnType<typeof toBackupView>[] | null;
  try {
    backups = (await listBackups(ownerDb, { tenantId: tenant.id })).map(toBackupView);
  } catch (error) {
    logger.error('backups page: listing failed', { tenantId: tenant.id, error });
    return { user, tenant, backups: null, toolsProblem: null };
  }
  // The same check every backup makes: say what to install before anyone presses "Back up now".
  const toolsProblem = await pgTools().then(
    () => null,
    (error: Error) => error.message,
  );
  return { user, tenant, backups, toolsProblem };
}

export async function loadTenantBillingPage(id: string) {
  await requireOwnerPageUser();
  const tenant = await loadTenantForPage(id);
  const [profile, { current }, invoices] = await Promise.all([
    getBillingProfile(ownerDb, tenant.id),
    getSubscription(ownerDb, { tenantId: tenant.id }),
    listInvoices(ownerDb, { tenantId: tenant.id, limit: 100, offset: 0 }),
  ]);
  return { tenant, profile, current, invoices };
}

export async function loadTenantDomainsPage(id: string) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage(id);
  return { user, tenant, plan: await currentPlan(tenant.id) };
}

export async function loadTenantHealthPage(id: string, range: '24h' | '7d') {
  await requireOwnerPageUser();
  const tenant = await loadTenantForPage(id);
  return { tenant, health: await getTenantHealth(ownerDb, { tenantId: tenant.id, range }) };
}

export async function loadTenantSubscriptionPage(id: string) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage(id);
  const [{ current, history }, plans] = await Promise.all([
    getSubscription(ownerDb, { tenantId: tenant.id }),
    listPlans(ownerDb),
  ]);
  return { user, tenant, current, history, plans };
}

/** Usage measured in the clinic's own database; null when it did not answer (logged). */
export async function loadTenantUsagePage(id: string) {
  await requireOwnerPageUser();
  const tenant = await loadTenantForPage(id);
  try {
    return { tenant, usage: await getTenantUsage(ownerDb, { tenantId: tenant.id }) };
  } catch (error) {
    // Measuring opens the tenant's own database; if that fails the rest of the console must keep working.
    logger.error('usage page: measuring failed', { tenantId: tenant.id, error });
    return { tenant, usage: null };
  }
}
