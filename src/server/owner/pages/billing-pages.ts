import 'server-only';
import { notFound } from 'next/navigation';
import { isUuid } from '@/lib/identifiers';
import { billingSummary } from '@/server/owner/billing/billing-summary';
import { getInvoice } from '@/server/owner/billing/get-invoice';
import { listInvoicesQuery } from '@/server/owner/billing/invoice.schema';
import { listInvoices } from '@/server/owner/billing/list-invoices';
import { ownerDb } from '@/server/owner/db/client';
import { now } from '@/server/shared/clock';
import { isAppError } from '@/server/shared/errors';
import { requireOwnerPageUser } from './owner-page-session';

/** Data for the console's Billing pages: the overview, the invoice list and one invoice. */

export async function loadBillingOverviewPage() {
  const user = await requireOwnerPageUser();
  return { user, summary: await billingSummary(ownerDb, { now: now() }) };
}

type InvoiceListFilters = {
  status?: string;
  tenantId?: string;
  periodFrom?: string;
  periodTo?: string;
  q?: string;
};

/** One page of invoices, or (result null) what is wrong with the filters, for the page to say. */
export async function loadInvoicesPage(filters: InvoiceListFilters, page: { limit: number; offset: number }) {
  await requireOwnerPageUser();
  const query = listInvoicesQuery.safeParse({ ...filters, ...page });
  if (!query.success) return { result: null, failure: query.error.issues[0]?.message ?? '' };
  return { result: await listInvoices(ownerDb, query.data), failure: null };
}

/** An invoice and the operator looking at it; a malformed or unknown id is the 404 page. */
export async function loadInvoicePage(id: string) {
  const user = await requireOwnerPageUser();
  if (!isUuid(id)) notFound();
  const invoice = await getInvoice(ownerDb, { invoiceId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });
  return { user, invoice };
}
