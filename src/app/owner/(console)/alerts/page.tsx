import type { Metadata } from 'next';
import Link from 'next/link';
import { AlertsTable } from '@/components/owner/health/alerts-table';
import { firstParam, hrefWith, type SearchParams } from '@/components/owner/search-params';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { loadAlertsPage } from '@/server/owner/pages/monitoring-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Alerts' };

const FILTERS = [
  { status: 'all', label: 'All' },
  { status: 'open', label: 'Open' },
  { status: 'resolved', label: 'Resolved' },
] as const;

export default async function AlertsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { query, alerts } = await loadAlertsPage({ status: firstParam(await searchParams, 'status') });
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Raised by the health check every 5 minutes; each opens once and resolves by itself when its condition clears."
      />
      <nav aria-label="Alert filter" className="mb-4 flex gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f.status}
            href={hrefWith('/owner/alerts', { status: f.status === 'all' ? undefined : f.status })}
            aria-current={query.status === f.status ? 'page' : undefined}
            className={`rounded-full px-3 py-1 text-sm ring-1 ring-slate-300 ${query.status === f.status ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <Card>
        {alerts.length === 0 ? (
          <EmptyState
            title={query.status === 'resolved' ? 'No resolved alerts' : 'No alerts'}
            description="Nothing is failing right now."
          />
        ) : (
          <AlertsTable alerts={alerts} />
        )}
      </Card>
    </>
  );
}
