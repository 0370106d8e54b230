import type { Metadata } from 'next';
import Link from 'next/link';
import { BillingNav } from '@/components/owner/billing/billing-nav';
import { InvoiceTable } from '@/components/owner/billing/invoice-table';
import { firstParam, hrefWith, type SearchParams } from '@/components/owner/search-params';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ErrorState } from '@/components/ui/states';
import { INVOICE_STATUSES } from '@/lib/domain/owner/billing';
import { loadInvoicesPage } from '@/server/owner/pages/billing-pages';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoices' };

const PAGE = 50;

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = {
    status: firstParam(params, 'status') || undefined,
    tenantId: firstParam(params, 'tenantId') || undefined,
    periodFrom: firstParam(params, 'periodFrom') || undefined,
    periodTo: firstParam(params, 'periodTo') || undefined,
    q: firstParam(params, 'q') || undefined,
  };
  const offset = Number(firstParam(params, 'offset') ?? 0) || 0;
  const { result, failure } = await loadInvoicesPage(filters, { limit: PAGE, offset });
  const input = 'rounded-md border border-slate-300 px-3 py-2 text-sm';
  return (
    <>
      <PageHeader
        title="Invoices"
        description="Every invoice issued to a clinic. Filter by status, clinic, period, or search."
      />
      <BillingNav />
      <Card>
        <form
          method="get"
          role="search"
          aria-label="Filter invoices"
          className="flex flex-wrap items-end gap-3 border-b border-slate-200 px-4 py-3"
        >
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">Search</span>
            <input
              name="q"
              defaultValue={filters.q}
              maxLength={L.invoiceSearch.max}
              placeholder="Number or clinic"
              className={input}
            />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">Status</span>
            <select name="status" defaultValue={filters.status ?? ''} className={input}>
              <option value="">Any</option>
              {INVOICE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">Period from</span>
            <input type="date" name="periodFrom" defaultValue={filters.periodFrom} className={input} />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">Period before</span>
            <input type="date" name="periodTo" defaultValue={filters.periodTo} className={input} />
          </label>
          {filters.tenantId ? <input type="hidden" name="tenantId" value={filters.tenantId} /> : null}
          <button
            type="submit"
            className="rounded-md bg-slate-800 px-4 py-2 text-sm font-semibold text-white"
          >
            Filter
          </button>
          <Link href="/owner/billing/invoices" className="py-2 text-sm text-slate-600 hover:underline">
            Clear
          </Link>
        </form>
        {result ? (
          <>
            <InvoiceTable invoices={result.data} />
            {result.hasMore || offset > 0 ? (
              <div className="flex justify-between border-t border-slate-200 px-4 py-3 text-sm">
                {offset > 0 ? (
                  <Link
                    href={hrefWith('/owner/billing/invoices', {
                      ...filters,
                      offset: String(Math.max(0, offset - PAGE)),
                    })}
                  >
                    ← Newer
                  </Link>
                ) : (
                  <span />
                )}
                {result.hasMore ? (
                  <Link
                    href={hrefWith('/owner/billing/invoices', { ...filters, offset: String(offset + PAGE) })}
                  >
                    Older →
                  </Link>
                ) : null}
              </div>
            ) : null}
          </>
        ) : (
          <ErrorState title="These filters are not valid" description={failure ?? ''} />
        )}
      </Card>
    </>
  );
}
