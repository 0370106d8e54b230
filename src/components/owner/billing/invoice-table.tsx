import Link from 'next/link';
import { StatusBadge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDate } from '@/lib/format/dates';
import { formatMoney } from '@/lib/format/money';
import { type InvoiceView } from '@/server/owner/pages/view-types';

/** Invoices as a table; each number links to its invoice page. */
export function InvoiceTable({
  invoices,
  showClinic = true,
}: {
  invoices: InvoiceView[];
  showClinic?: boolean;
}) {
  if (invoices.length === 0)
    return <EmptyState title="No invoices" description="Invoices appear here when a billing period ends." />;
  return (
    <Table caption="Invoices">
      <THead>
        <TR>
          <TH>Number</TH>
          {showClinic ? <TH>Clinic</TH> : null}
          <TH>Period</TH>
          <TH>Issued</TH>
          <TH>Due</TH>
          <TH>Status</TH>
          <TH className="text-right">Total</TH>
          <TH className="text-right">Balance</TH>
        </TR>
      </THead>
      <TBody>
        {invoices.map((invoice) => (
          <TR key={invoice.id}>
            <TD>
              <Link
                href={`/owner/billing/invoices/${invoice.id}`}
                className="font-mono font-medium text-brand-700 hover:underline"
              >
                {invoice.number ?? 'draft'}
              </Link>
            </TD>
            {showClinic ? (
              <TD>
                <Link href={`/owner/tenants/${invoice.tenantId}/billing`} className="hover:underline">
                  {invoice.tenantName}
                </Link>
              </TD>
            ) : null}
            <TD className="whitespace-nowrap">
              {formatDate(invoice.periodStart)} – {formatDate(invoice.periodEnd)}
            </TD>
            <TD className="whitespace-nowrap">{formatDate(invoice.issuedAt)}</TD>
            <TD className="whitespace-nowrap">{formatDate(invoice.dueAt)}</TD>
            <TD>
              <StatusBadge status={invoice.status.toUpperCase()} />
            </TD>
            <TD className="text-right whitespace-nowrap">
              {formatMoney(invoice.totalMinor, invoice.currency)}
            </TD>
            <TD className="text-right whitespace-nowrap">
              {formatMoney(invoice.balanceMinor, invoice.currency)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
