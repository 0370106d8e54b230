import type { Metadata } from 'next';
import { InvoiceActions } from '@/components/owner/billing/invoice-actions';
import { StatusBadge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, DescriptionList } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDate } from '@/lib/format/dates';
import { formatMoney } from '@/lib/format/money';
import { loadInvoicePage } from '@/server/owner/pages/billing-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, invoice } = await loadInvoicePage((await params).id);
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const profile = invoice.billingProfile;
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: 'Billing', href: '/owner/billing' },
          { label: 'Invoices', href: '/owner/billing/invoices' },
          { label: invoice.number ?? 'Draft' },
        ]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="font-mono">{invoice.number ?? 'Draft invoice'}</span>
            <StatusBadge status={invoice.status.toUpperCase()} />
          </span>
        }
        description={`${invoice.tenantName} · ${formatDate(invoice.periodStart)} – ${formatDate(invoice.periodEnd)}`}
        actions={
          <a
            href={`/api/owner/invoices/${invoice.id}/pdf`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            Download PDF
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Lines" />
            <Table caption="Invoice lines">
              <THead>
                <TR>
                  <TH>Description</TH>
                  <TH className="text-right">Qty</TH>
                  <TH className="text-right">Amount</TH>
                </TR>
              </THead>
              <TBody>
                {invoice.lines.map((line, i) => (
                  <TR key={i}>
                    <TD>{line.description}</TD>
                    <TD className="text-right">{line.quantity}</TD>
                    <TD className="text-right whitespace-nowrap">{money(line.amountMinor)}</TD>
                  </TR>
                ))}
                <TR>
                  <TD className="text-right font-medium" colSpan={2}>
                    Subtotal
                  </TD>
                  <TD className="text-right">{money(invoice.subtotalMinor)}</TD>
                </TR>
                <TR>
                  <TD className="text-right font-medium" colSpan={2}>
                    Tax ({invoice.taxRatePercent}%)
                  </TD>
                  <TD className="text-right">{money(invoice.taxMinor)}</TD>
                </TR>
                <TR>
                  <TD className="text-right font-semibold" colSpan={2}>
                    Total
                  </TD>
                  <TD className="text-right font-semibold">{money(invoice.totalMinor)}</TD>
                </TR>
                <TR>
                  <TD className="text-right font-semibold" colSpan={2}>
                    Balance due
                  </TD>
                  <TD className="text-right font-semibold">{money(invoice.balanceMinor)}</TD>
                </TR>
              </TBody>
            </Table>
          </Card>
          <Card>
            <CardHeader title="Payments" />
            {invoice.payments.length === 0 ? (
              <EmptyState title="No payments yet" />
            ) : (
              <Table caption="Payments">
                <THead>
                  <TR>
                    <TH>Date</TH>
                    <TH>Method</TH>
                    <TH>Reference</TH>
                    <TH className="text-right">Amount</TH>
                  </TR>
                </THead>
                <TBody>
                  {invoice.payments.map((p) => (
                    <TR key={p.id}>
                      <TD>{formatDate(p.paidAt)}</TD>
                      <TD>
                        {p.method.replace('_', ' ')}
                        {p.isCredit ? ' (credit)' : ''}
                      </TD>
                      <TD className="font-mono text-xs">
                        {[p.reference, p.externalReference].filter(Boolean).join(' · ') || '—'}
                      </TD>
                      <TD className="text-right">{money(p.amountMinor)}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Details" />
            <CardBody>
              <DescriptionList
                className="sm:grid-cols-1"
                items={[
                  { term: 'Bill to', value: profile.legalName ?? invoice.tenantName },
                  {
                    term: 'Address',
                    value: <span className="whitespace-pre-line">{profile.address ?? '—'}</span>,
                  },
                  { term: 'Tax id', value: profile.taxId ?? '—' },
                  { term: 'Billing e-mail', value: profile.billingEmail ?? '—' },
                  { term: 'Issued', value: formatDate(invoice.issuedAt) },
                  { term: 'Due', value: formatDate(invoice.dueAt) },
                  { term: 'Paid', value: formatDate(invoice.paidAt) },
                ]}
              />
            </CardBody>
          </Card>
          {user.role === 'OWNER' && invoice.status === 'open' ? (
            <InvoiceActions
              invoiceId={invoice.id}
              balanceMinor={invoice.balanceMinor}
              currency={invoice.currency}
              canResend={Boolean(profile.billingEmail)}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
