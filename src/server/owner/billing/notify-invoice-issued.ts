import type { OwnerDb } from '@/server/owner/db/client';
import { tenants } from '@/server/owner/db/schema';
import { eq } from 'drizzle-orm';
import { queueMail } from '@/server/owner/mail/queue-mail';
import { tenantSiteUrl } from '@/server/owner/tenants/tenant-site-url';
import { getInvoice } from './get-invoice';
import { formatMoney } from './money';

/** Mails an issued invoice, PDF attached, to the clinic's billing e-mail (none set: nothing to send). */
export async function notifyInvoiceIssued(db: OwnerDb, invoiceId: string): Promise<string | null> {
  const invoice = await getInvoice(db, { invoiceId });
  const to = invoice.billingProfile.billingEmail;
  if (!to || invoice.status !== 'open') return null;
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, invoice.tenantId));
  if (!tenant) return null;
  return queueMail(db, {
    to,
    template: 'invoice-issued',
    tenant,
    data: {
      number: invoice.number!,
      total: formatMoney(invoice.totalMinor, invoice.currency),
      dueDate: invoice.dueAt?.slice(0, 10) ?? '',
      url: `${tenantSiteUrl(tenant)}/settings/plan`,
    },
    attachments: [{ kind: 'invoice-pdf', invoiceId: invoice.id }],
  });
}
