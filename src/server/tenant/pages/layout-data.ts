import 'server-only';
import { clinicBillingSummary } from '@/server/tenancy/owner-gateway/clinic-billing';
import { getPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';
import { requirePageSession, userCan } from './page-context';

/** The operator's maintenance banner and support address, for every clinic page (signed in or not). */
export async function loadClinicLayout() {
  const { maintenanceBanner, supportEmail } = await getPlatformSettings();
  return { maintenanceBanner, supportEmail };
}

/**
 * The signed-in clinic shell: the tenant (from the Host), the user (from this tenant's session), the support
 * address, and how many invoices are overdue (admins see a banner on every page while one is).
 */
export async function loadClinicAppLayout() {
  const [{ tenant, user }, { supportEmail }] = await Promise.all([
    requirePageSession(),
    getPlatformSettings(),
  ]);
  const overdue = userCan(user, 'billing:read')
    ? ((await clinicBillingSummary(tenant.id).catch(() => null))?.overdueInvoices.length ?? 0)
    : 0;
  return { tenant, user, supportEmail, overdue };
}
