import type { Metadata } from 'next';
import { BillingNav } from '@/components/owner/billing/billing-nav';
import { InvoicedPaidChart } from '@/components/owner/billing/month-chart';
import { BillingExportForm } from '@/components/owner/billing/billing-export-form';
import { RunBillingButton } from '@/components/owner/billing/run-billing-button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { formatMoney } from '@/lib/format/money';
import { loadBillingOverviewPage } from '@/server/owner/pages/billing-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Billing' };

export default async function BillingOverviewPage() {
  const { user, summary } = await loadBillingOverviewPage();
  const money = (minor: number) => formatMoney(minor, summary.currency);
  const tiles = [
    {
      label: 'MRR',
      value: money(summary.mrrMinor),
      hint: `${summary.activeSubscriptions} paying subscriptions`,
    },
    { label: 'ARR', value: money(summary.arrMinor) },
    { label: 'Outstanding', value: money(summary.outstandingMinor), hint: 'Open invoices' },
    { label: 'Overdue', value: money(summary.overdueMinor), hint: 'Past their due date' },
    { label: 'Churned MRR this month', value: money(summary.churnedMrrThisMonthMinor) },
  ];
  return (
    <>
      <PageHeader
        title="Billing"
        description="Recurring revenue, what clinics owe, and what was invoiced and paid."
        actions={user.role === 'OWNER' ? <RunBillingButton /> : null}
      />
      <BillingNav />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <Card key={tile.label} className="p-4">
            <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{tile.label}</p>
            <p className="mt-1 text-xl font-semibold text-slate-900">{tile.value}</p>
            {tile.hint ? <p className="mt-1 text-xs text-slate-500">{tile.hint}</p> : null}
          </Card>
        ))}
      </div>
      <Card className="mb-6">
        <CardHeader title="Invoiced and paid by month" description="The last twelve months." />
        <CardBody>
          <InvoicedPaidChart months={summary.months} currency={summary.currency} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="Export for accounting"
          description="Invoices by issue date or payments by payment date, as CSV."
        />
        <CardBody>
          <BillingExportForm />
        </CardBody>
      </Card>
    </>
  );
}
