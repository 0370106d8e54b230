import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, DescriptionList } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { ClinicBillingSummary } from '@/server/tenancy/owner-gateway/clinic-billing';
import type { InvoiceView } from '@/server/owner/billing/get-invoice';
import { BillingProfileForm } from './billing-profile-form';

const money = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency}`;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

/** Plan period, trial, balance, invoices with PDF download and the billing profile (Settings → Plan & billing). */
export function ClinicBillingPanel({
  summary,
  invoices,
  profile,
}: {
  summary: ClinicBillingSummary;
  invoices: InvoiceView[];
  profile: Parameters<typeof BillingProfileForm>[0]['profile'];
}) {
  const sub = summary.subscription;
  return (
    <div className="mb-6 space-y-6">
      {summary.overdueInvoices.length > 0 ? (
        <Alert tone="danger">
          {summary.overdueInvoices.length === 1
            ? 'An invoice is'
            : `${summary.overdueInvoices.length} invoices are`}{' '}
          overdue. Please pay {money(summary.balanceDueMinor, summary.currency)} to keep the clinic running.
        </Alert>
      ) : null}
      <Card>
        <CardHeader title="Subscription" />
        <CardBody>
          <DescriptionList
            items={[
              {
                term: 'Plan',
                value: sub
                  ? `${sub.planName} · ${money(sub.priceMinor, sub.currency)} per ${sub.interval === 'YEAR' ? 'year' : 'month'}`
                  : 'None',
              },
              { term: 'Status', value: sub ? <StatusBadge status={sub.status} /> : '—' },
              {
                term: 'Current period',
                value: sub ? `${day(sub.currentPeriodStart)} to ${day(sub.currentPeriodEnd)}` : '—',
              },
              {
                term: 'Trial',
                value:
                  sub?.trialDaysLeft !== null && sub?.trialDaysLeft !== undefined
                    ? `${sub.trialDaysLeft} days left`
                    : 'No trial',
              },
              { term: 'Balance due', value: money(summary.balanceDueMinor, summary.currency) },
              {
                term: 'Renewal',
                value: sub?.cancelAtPeriodEnd ? 'Ends with this period' : 'Renews automatically',
              },
            ]}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Invoices" />
        {invoices.length === 0 ? (
          <EmptyState
            title="No invoices yet"
            description="Your first invoice is issued when the current period ends."
          />
        ) : (
          <Table caption="Invoices">
            <THead>
              <TR>
                <TH>Number</TH>
                <TH>Period</TH>
                <TH>Due</TH>
                <TH>Status</TH>
                <TH className="text-right">Total</TH>
                <TH className="text-right">Balance</TH>
                <TH>
                  <span className="sr-only">Download</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {invoices.map((invoice) => (
                <TR key={invoice.id}>
                  <TD className="font-mono">{invoice.number}</TD>
                  <TD className="whitespace-nowrap">
                    {day(invoice.periodStart)} – {day(invoice.periodEnd)}
                  </TD>
                  <TD className="whitespace-nowrap">{day(invoice.dueAt)}</TD>
                  <TD>
                    <StatusBadge status={invoice.status.toUpperCase()} />
                  </TD>
                  <TD className="text-right whitespace-nowrap">
                    {money(invoice.totalMinor, invoice.currency)}
                  </TD>
                  <TD className="text-right whitespace-nowrap">
                    {money(invoice.balanceMinor, invoice.currency)}
                  </TD>
                  <TD>
                    <a
                      href={`/api/billing/invoices/${invoice.id}/pdf`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      PDF
                    </a>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
      <BillingProfileForm profile={profile} />
    </div>
  );
}
