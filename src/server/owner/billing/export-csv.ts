import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { invoices, payments, tenants } from '@/server/owner/db/schema';
import { z } from 'zod';

export const exportQuery = z.object({
  kind: z.enum(['invoices', 'payments']).default('invoices'),
  from: z.iso.date('Give from as YYYY-MM-DD.'),
  to: z.iso.date('Give to as YYYY-MM-DD.'),
});
export type ExportQuery = z.output<typeof exportQuery>;

/** RFC 4180 field: quoted when needed; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: Array<Array<string | number | null>>) =>
  rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
const minorToDecimal = (minor: number) => (minor / 100).toFixed(2);

/** Invoices (by issue date) or payments (by payment date) in [from, to], for the accountant. */
export async function exportBillingCsv(db: Pick<OwnerDb, 'select'>, query: ExportQuery): Promise<string> {
  const from = new Date(`${query.from}T00:00:00Z`);
  const to = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 24 * 3600 * 1000);
  if (query.kind === 'payments') {
    const rows = await db
      .select({ payment: payments, number: invoices.number, slug: tenants.slug })
      .from(payments)
      .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
      .innerJoin(tenants, eq(tenants.id, payments.tenantId))
      .where(and(gte(payments.paidAt, from), lt(payments.paidAt, to)))
      .orderBy(asc(payments.paidAt));
    return csv([
      [
        'paid_at',
        'invoice',
        'clinic',
        'amount',
        'currency',
        'method',
        'reference',
        'external_reference',
        'credit',
      ],
      ...rows.map(({ payment: p, number, slug }) => [
        p.paidAt.toISOString(),
        number,
        slug,
        minorToDecimal(p.amountMinor),
        p.currency,
        p.method,
        p.reference,
        p.externalReference,
        p.isCredit ? 'yes' : 'no',
      ]),
    ]);
  }
  const rows = await db
    .select({ invoice: invoices, slug: tenants.slug })
    .from(invoices)
    .innerJoin(tenants, eq(tenants.id, invoices.tenantId))
    .where(and(gte(invoices.issuedAt, from), lt(invoices.issuedAt, to)))
    .orderBy(asc(invoices.number));
  return csv([
    [
      'number',
      'issued_at',
      'due_at',
      'clinic',
      'legal_name',
      'tax_id',
      'period_start',
      'period_end',
      'status',
      'subtotal',
      'tax',
      'total',
      'paid',
      'currency',
    ],
    ...rows.map(({ invoice: i, slug }) => [
      i.number,
      i.issuedAt?.toISOString() ?? null,
      i.dueAt?.toISOString() ?? null,
      slug,
      i.billingProfile.legalName,
      i.billingProfile.taxId,
      i.periodStart.toISOString().slice(0, 10),
      i.periodEnd.toISOString().slice(0, 10),
      i.status,
      minorToDecimal(i.subtotalMinor),
      minorToDecimal(i.taxMinor),
      minorToDecimal(i.totalMinor),
      minorToDecimal(i.amountPaidMinor),
      i.currency,
    ]),
  ]);
}
