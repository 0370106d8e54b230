import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NewTenantForm } from '@/components/owner/new-tenant-form';
import { PageHeader } from '@/components/ui/page-header';
import { loadNewTenantPage } from '@/server/owner/pages/catalogue-pages';
import { tenantSiteParts } from '@/server/owner/pages/tenant-site-parts';
import { formatMoney } from '@/lib/format/money';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New tenant' };

export default async function NewTenantPage() {
  const data = await loadNewTenantPage();
  if (!data) redirect('/owner/tenants');
  const { plans, settings } = data;
  const offered = plans.filter((plan) => plan.isActive);
  const defaultPlanCode = offered.some((plan) => plan.code === settings.defaultPlanCode)
    ? settings.defaultPlanCode
    : (offered[0]?.code ?? '');
  return (
    <>
      <PageHeader
        title="New tenant"
        description="Creates the clinic's own database, storage and first administrator. It is ready in about a second."
        breadcrumbs={[{ label: 'Tenants', href: '/owner/tenants' }, { label: 'New tenant' }]}
      />
      <div className="max-w-3xl">
        <NewTenantForm
          plans={offered.map((plan) => ({
            code: plan.code,
            name: plan.name,
            price: `${formatMoney(plan.priceMinor, plan.currency)}/${plan.interval === 'YEAR' ? 'yr' : 'mo'}`,
          }))}
          defaultPlanCode={defaultPlanCode}
          site={tenantSiteParts()}
        />
      </div>
    </>
  );
}
