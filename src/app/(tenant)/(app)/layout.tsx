import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { brandView } from '@/components/tenant/branding';
import { AppShell } from '@/components/tenant/shell/app-shell';
import { OverdueBanner } from '@/components/tenant/billing/overdue-banner';
import { loadClinicAppLayout } from '@/server/tenant/pages/layout-data';

export const dynamic = 'force-dynamic';

// Every signed-in clinic page: the tenant comes from the Host header, the user from this tenant's session.
export default async function TenantAppLayout({ children }: { children: ReactNode }) {
  // Admins see a banner on every page while an invoice is overdue (billing is theirs to sort out).
  const { tenant, user, supportEmail, overdue } = await loadClinicAppLayout();
  return (
    <ToastProvider>
      <AppShell brand={brandView(tenant)} user={user} supportEmail={supportEmail}>
        <OverdueBanner count={overdue} />
        {children}
      </AppShell>
    </ToastProvider>
  );
}
