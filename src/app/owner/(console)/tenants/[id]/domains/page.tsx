import type { Metadata } from 'next';
import { DomainManager } from '@/components/owner/domain-manager';
import { canManage } from '@/server/owner/pages/owner-page-session';
import { loadTenantDomainsPage } from '@/server/owner/pages/tenant-detail-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Domains' };

export default async function TenantDomainsPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, tenant, plan } = await loadTenantDomainsPage((await params).id);
  return (
    <DomainManager
      tenantId={tenant.id}
      slugAddress={`${tenant.siteUrl.replace(/\/$/, '')}/`}
      domains={tenant.domains.map((d) => ({
        domain: d.domain,
        isPrimary: d.isPrimary,
        createdAt: d.createdAt.toISOString(),
      }))}
      editable={canManage(user) && tenant.status !== 'DELETED'}
      planWithoutCustomDomain={plan && !plan.features.includes('custom-domain') ? plan.name : null}
    />
  );
}
