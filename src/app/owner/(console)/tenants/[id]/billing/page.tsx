import { InvoiceTable } from '@/components/owner/billing/invoice-table';
import { formatDate, formatMoney } from '@/components/owner/format';
import { Card, CardBody, CardHeader, DescriptionList } from '@/components/ui/card';
import { getBillingProfile } from '@/server/owner/billing/billing-profile';
import { listInvoices } from '@/server/owner/billing/list-invoices';
import { ownerDb } from '@/server/owner/db/client';
import { loadTenantForPage } from '@/server/owner/pages/load-tenant';
import { requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';
import { getSubscription } from '@/server/owner/subscriptions/get-subscription';

export const dynamic = 'force-dynamic';

export default async function TenantBillingPage({ params }: { params: Promise<{ id: string }> }) {
  await requireOwnerPageUser();
  const { id } = await params;
  const tenant = await loadTenantForPage(id);
  const [profile, { current }, invoices] = await Promise.all([
    getBillingProfile(ownerDb, tenant.id),
    getSubscription(ownerDb, { tenantId: tenant.id }),
    listInvoices(ownerDb, { tenantId: tenant.id, limit: 100, offset: 0 }),
  ]);
  const balance = invoices.data.reduce((sum, i) => sum + i.balanceMinor, 0);
  const currency = invoices.data[0]?.currency ?? 'USD';
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Subscription" />
          <CardBody>
            <DescriptionList
              items={[
                { term: 'Plan', value: current?.planName ?? 'None' },
                { term: 'Status', value: current?.status ?? '—' },
                {
                  term: 'Current period',
                  value: current
                    ? `${formatDate(current.currentPeriodStart)} – ${formatDate(current.currentPeriodEnd)}`
                    : '—',
                },
                { term: 'Trial ends', value: formatDate(current?.trialEndsAt ?? null) },
                { term: 'Downgrade at period end', value: current?.pendingPlanCode ?? '—' },
                { term: 'Cancels at period end', value: current?.cancelAtPeriodEnd ? 'Yes' : 'No' },
                { term: 'Balance due', value: formatMoney(balance, currency) },
              ]}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Billing profile"
            description="Kept by the clinic's admins; copied into each invoice."
          />
          <CardBody>
            <DescriptionList
              items={[
                { term: 'Legal name', value: profile.legalName ?? '—' },
                { term: 'Tax id', value: profile.taxId ?? '—' },
                { term: 'Billing e-mail', value: profile.billingEmail ?? '—' },
                {
                  term: 'Address',
                  value: <span className="whitespace-pre-line">{profile.address ?? '—'}</span>,
                },
              ]}
            />
          </CardBody>
        </Card>
      </div>
      <Card>
        <CardHeader title="Invoices" />
        <InvoiceTable invoices={invoices.data} showClinic={false} />
      </Card>
    </div>
  );
}
