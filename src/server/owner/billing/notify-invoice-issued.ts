import { eq } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { invoices, tenants, type Invoice } from '@/server/owner/db/schema';
import { queueMail } from '@/server/owner/mail/queue-mail';
import { tenantSiteUrl } from '@/server/owner/tenants/tenant-site-url';
import { formatMoney } from './money';

/** Mails an issued invoice, PDF attached, to the clinic's billing e-mail (none set: nothing to send). */
export async function notifyInvoiceIssued(
  db: OwnerDb,
  invoiceOrId: Invoice | string,
): Promise<string | null> {
  const invoice =
    typeof invoiceOrId === 'string'
      ? (await db.select().from(invoices).where(eq(invoices.id, invoiceOrId)))[0]
      : invoiceOrId;
  const to = invoice?.billingProfile.billingEmail;
  if (!invoice || !to || invoice.status !== 'open') return null;
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, invoice.tenantId));
  if (!tenant) return null;
  return queueMail(db, {
    to,
    template: 'invoice-issued',
    tenant,
    data: {
      number: invoice.number!,
      total: formatMoney(invoice.totalMinor, invoice.currency),
      dueDate: invoice.dueAt?.toISOString().slice(0, 10) ?? '',
      url: `${tenantSiteUrl(tenant)}/settings/plan`,
    },
    attachments: [{ kind: 'invoice-pdf', invoiceId: invoice.id }],
  });
}
