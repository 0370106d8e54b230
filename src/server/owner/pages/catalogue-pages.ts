import 'server-only';
import { ownerDb } from '@/server/owner/db/client';
import { listPlans } from '@/server/owner/plans/list-plans';
import { listServers } from '@/server/owner/servers/list-servers';
import { readSystemSettings } from '@/server/owner/settings/read-settings';
import { canManage, requireOwnerPageUser } from './owner-page-session';

/** Data for the console's catalogue pages (Plans, Servers, Settings, New tenant), behind the operator session. */

export async function loadPlansPage() {
  const user = await requireOwnerPageUser();
  return { plans: await listPlans(ownerDb), editable: canManage(user) };
}

export async function loadServersPage() {
  const user = await requireOwnerPageUser();
  return { servers: await listServers(ownerDb), editable: canManage(user) };
}

export async function loadSettingsPage() {
  const user = await requireOwnerPageUser();
  const [settings, plans] = await Promise.all([readSystemSettings(ownerDb), listPlans(ownerDb)]);
  return { settings, plans, editable: canManage(user) };
}

/** The plans and settings the new-tenant form offers; null for an operator who may not create tenants. */
export async function loadNewTenantPage() {
  const user = await requireOwnerPageUser();
  if (!canManage(user)) return null;
  const [plans, settings] = await Promise.all([listPlans(ownerDb), readSystemSettings(ownerDb)]);
  return { plans, settings };
}
