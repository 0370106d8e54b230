import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { TabNav } from '@/components/ui/tabs';
import { loadTenantForPage } from '@/server/owner/pages/load-tenant';
import { requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';
import { formatDate } from '@/lib/format/dates';

export const dynamic = 'force-dynamic';

export default async function TenantLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await requireOwnerPageUser();
  const { id } = await params;
  const tenant = await loadTenantForPage(id);
  const base = `/owner/tenants/${tenant.id}`;
  const site = `${tenant.siteUrl.replace(/\/$/, '')}/`;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Tenants', href: '/owner/tenants' }, { label: tenant.name }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            {tenant.name}
            <StatusBadge status={tenant.status} />
          </span>
        }
        description={
          <span className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <span className="font-mono">{tenant.slug}</span>
            <span>Created {formatDate(tenant.createdAt)}</span>
            {tenant.status === 'ACTIVE' ? (
              <a
                href={site}
                target="_blank"
                rel="noreferrer"
                className="font-medium text-brand-700 underline hover:text-brand-800"
              >
                Open clinic site ↗
              </a>
            ) : null}
          </span>
        }
      />
      <TabNav
        label="Tenant sections"
        items={[
          { href: base, label: 'Overview' },
          { href: `${base}/domains`, label: 'Domains' },
          { href: `${base}/subscription`, label: 'Subscription' },
          { href: `${base}/usage`, label: 'Usage' },
          { href: `${base}/backups`, label: 'Backups' },
          { href: `${base}/health`, label: 'Health' },
          { href: `${base}/billing`, label: 'Billing' },
          { href: `${base}/branding`, label: 'Branding' },
          { href: `${base}/danger`, label: 'Danger zone' },
        ]}
      />
      {children}
    </>
  );
}
