import { and, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import type { OwnerDb } from '@/server/owner/db/client';
import { invoices, tenants } from '@/server/owner/db/schema';
import { containsPattern } from '@/server/shared/search-pattern';
import { toInvoiceView, type InvoiceView } from './get-invoice';
import type { ListInvoicesQuery } from './invoice.schema';

/**
 * Invoices, newest first, filtered by status, clinic, period and a search over number and clinic. Paged by offset
 * (the console jumps to page n), so the list shape is `{ data, hasMore }` rather than a cursor.
 */
export async function listInvoices(
  db: Pick<OwnerDb, 'select'>,
  query: ListInvoicesQuery,
): Promise<{ data: InvoiceView[]; hasMore: boolean }> {
  const where: SQL[] = [];
  if (query.status) where.push(eq(invoices.status, query.status));
  if (query.tenantId) where.push(eq(invoices.tenantId, query.tenantId));
  if (query.periodFrom) where.push(gte(invoices.periodStart, new Date(`${query.periodFrom}T00:00:00Z`)));
  if (query.periodTo) where.push(lt(invoices.periodStart, new Date(`${query.periodTo}T00:00:00Z`)));
  if (query.q) {
    const pattern = containsPattern(query.q);
    where.push(
      or(ilike(invoices.number, pattern), ilike(tenants.name, pattern), ilike(tenants.slug, pattern))!,
    );
  }
  const rows = await db
    .select({ invoice: invoices, tenant: { slug: tenants.slug, name: tenants.name } })
    .from(invoices)
    .innerJoin(tenants, eq(tenants.id, invoices.tenantId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(invoices.issuedAt), desc(invoices.number))
    .limit(query.limit + 1)
    .offset(query.offset);
  return {
    data: rows.slice(0, query.limit).map((r) => toInvoiceView(r.invoice, r.tenant)),
    hasMore: rows.length > query.limit,
  };
}
