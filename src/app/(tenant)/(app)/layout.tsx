import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { brandView } from '@/components/tenant/branding';
import { AppShell } from '@/components/tenant/shell/app-shell';
import { OverdueBanner } from '@/components/tenant/billing/overdue-banner';
import { clinicBillingSummary } from '@/server/tenancy/owner-gateway/clinic-billing';
import { getPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';
import { requirePageSession, userCan } from '@/server/tenant/pages/page-context';

export const dynamic = 'force-dynamic';

// Every signed-in clinic page: the tenant comes from the Host header, the user from this tenant's session.
export default async function TenantAppLayout({ children }: { children: ReactNode }) {
  const [{ tenant, user }, { supportEmail }] = await Promise.all([
    requirePageSession(),
    getPlatformSettings(),
  ]);
  // Admins see a banner on every page while an invoice is overdue (billing is theirs to sort out).
  const overdue = userCan(user, 'billing:read')
    ? ((await clinicBillingSummary(tenant.id).catch(() => null))?.overdueInvoices.length ?? 0)
    : 0;
  return (
    <ToastProvider>
      <AppShell brand={brandView(tenant)} user={user} supportEmail={supportEmail}>
        <OverdueBanner count={overdue} />
        {children}
      </AppShell>
    </ToastProvider>
  );
}
