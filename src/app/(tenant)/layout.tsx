import type { ReactNode } from 'react';
import { MaintenanceBanner } from '@/components/tenant/maintenance-banner';
import { SupportEmailProvider } from '@/components/tenant/support-contact';
import { loadClinicLayout } from '@/server/tenant/pages/layout-data';

export const dynamic = 'force-dynamic';

// Every clinic page, signed in or not (sign-in, password change, the app): the operator's maintenance banner
// first, and the support address for the pages that show it (outage, help menu).
export default async function TenantLayout({ children }: { children: ReactNode }) {
  const { maintenanceBanner, supportEmail } = await loadClinicLayout();
  return (
    <SupportEmailProvider email={supportEmail}>
      <MaintenanceBanner message={maintenanceBanner} />
      {children}
    </SupportEmailProvider>
  );
}
