import type { Metadata } from 'next';
import { BrandingForm } from '@/components/owner/branding-form';
import { loadTenantForPage } from '@/server/owner/pages/load-tenant';
import { canManage, requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Branding' };

export default async function TenantBrandingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage((await params).id);
  return (
    <BrandingForm
      tenantId={tenant.id}
      name={tenant.name}
      branding={tenant.branding}
      editable={canManage(user) && tenant.status !== 'DELETED'}
    />
  );
}
