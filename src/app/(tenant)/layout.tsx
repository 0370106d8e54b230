import type { ReactNode } from 'react';
import { MaintenanceBanner } from '@/components/tenant/maintenance-banner';
import { SupportEmailProvider } from '@/components/tenant/support-contact';
import { getPlatformSettings } from '@/server/tenancy/owner-gateway/platform-settings';

export const dynamic = 'force-dynamic';

// Every clinic page, signed in or not (sign-in, password change, the app): the operator's maintenance banner
// first, and the support address for the pages that show it (outage, help menu).
export default async function TenantLayout({ children }: { children: ReactNode }) {
  const { maintenanceBanner, supportEmail } = await getPlatformSettings();
  return (
    <SupportEmailProvider email={supportEmail}>
      <MaintenanceBanner message={maintenanceBanner} />
      {children}
    </SupportEmailProvider>
  );
}
