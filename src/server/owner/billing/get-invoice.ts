import { asc, desc, eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { invoiceLines, invoices, payments, tenants, type Invoice } from '@/server/owner/db/schema';
import { notFound } from '@/server/shared/errors';

export type InvoiceView = ReturnType<typeof toInvoiceView>;

export function toInvoiceView(invoice: Invoice, tenant: { slug: string; name: string }) {
  return {
    id: invoice.id,
    number: invoice.number,
    tenantId: invoice.tenantId,
    tenantSlug: tenant.slug,
    tenantName: tenant.name,
    status: invoice.status,
    currency: invoice.currency,
    periodStart: invoice.periodStart.toISOString(),
    periodEnd: invoice.periodEnd.toISOString(),
    billingProfile: invoice.billingProfile,
    subtotalMinor: invoice.subtotalMinor,
    taxRatePercent: invoice.taxRateBp / 100,
    taxMinor: invoice.taxMinor,
    totalMinor: invoice.totalMinor,
    amountPaidMinor: invoice.amountPaidMinor,
    balanceMinor: balanceOf(invoice),
    issuedAt: invoice.issuedAt?.toISOString() ?? null,
    dueAt: invoice.dueAt?.toISOString() ?? null,
    paidAt: invoice.paidAt?.toISOString() ?? null,
    voidedAt: invoice.voidedAt?.toISOString() ?? null,
  };
}

/** What is still owed: nothing on a void, paid or uncollectible invoice. */
export function balanceOf(invoice: Pick<Invoice, 'status' | 'totalMinor' | 'amountPaidMinor'>): number {
  if (invoice.status !== 'open') return 0;
  return Math.max(0, invoice.totalMinor - invoice.amountPaidMinor);
}

/** One invoice with its lines and payments; `tenantId` scopes it to one clinic (its admins' view): else 404. */
export async function getInvoice(
  db: Pick<OwnerDb, 'select'>,
  options: { invoiceId: string; tenantId?: string },
) {
  const [row] = await db
    .select({
      invoice: invoices,
      tenant: { slug: tenants.slug, name: tenants.name, isDefault: tenants.isDefault },
    })
    .from(invoices)
    .innerJoin(tenants, eq(tenants.id, invoices.tenantId))
    .where(eq(invoices.id, options.invoiceId));
  if (!row || (options.tenantId && row.invoice.tenantId !== options.tenantId)) throw notFound('Invoice');
  const [lines, paid] = await Promise.all([
    db
      .select()
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, row.invoice.id))
      .orderBy(asc(invoiceLines.position)),
    db.select().from(payments).where(eq(payments.invoiceId, row.invoice.id)).orderBy(desc(payments.paidAt)),
  ]);
  return {
    ...toInvoiceView(row.invoice, row.tenant),
    lines: lines.map((l) => ({
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitMinor: l.unitMinor,
      amountMinor: l.amountMinor,
    })),
    payments: paid.map((p) => ({
      id: p.id,
      amountMinor: p.amountMinor,
      method: p.method,
      reference: p.reference,
      externalReference: p.externalReference,
      isCredit: p.isCredit,
      paidAt: p.paidAt.toISOString(),
    })),
    tenant: row.tenant,
  };
}

export type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;
