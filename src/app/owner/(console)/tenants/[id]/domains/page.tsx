import type { Metadata } from 'next';
import { DomainManager } from '@/components/owner/domain-manager';
import { loadTenantForPage } from '@/server/owner/pages/load-tenant';
import { canManage, requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';
import { currentPlan } from '@/server/tenancy/owner-gateway/tenant-plan';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Domains' };

export default async function TenantDomainsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage((await params).id);
  const plan = await currentPlan(tenant.id);
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
