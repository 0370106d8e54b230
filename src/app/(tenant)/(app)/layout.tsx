import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';
import { brandView } from '@/components/tenant/branding';
import { AppShell } from '@/components/tenant/shell/app-shell';
import { requirePageSession } from '@/server/tenant/pages/page-context';
import { getPlatformSettings } from '@/server/tenancy/platform-settings';

export const dynamic = 'force-dynamic';

// Every signed-in clinic page: the tenant comes from the Host header, the user from this tenant's session.
export default async function TenantAppLayout({ children }: { children: ReactNode }) {
  const [{ tenant, user }, { supportEmail }] = await Promise.all([
    requirePageSession(),
    getPlatformSettings(),
  ]);
  return (
    <ToastProvider>
      <AppShell brand={brandView(tenant)} user={user} supportEmail={supportEmail}>
        {children}
      </AppShell>
    </ToastProvider>
  );
}
