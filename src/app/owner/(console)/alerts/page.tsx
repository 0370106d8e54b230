import type { Metadata } from 'next';
import { AlertsTable } from '@/components/owner/health/alerts-table';
import { firstParam, hrefWith, type SearchParams } from '@/components/owner/search-params';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { TabNav } from '@/components/ui/tabs';
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
      <TabNav
        label="Alert filter"
        variant="pills"
        className="mb-4"
        items={FILTERS.map((f) => ({
          href: hrefWith('/owner/alerts', { status: f.status === 'all' ? undefined : f.status }),
          label: f.label,
          current: query.status === f.status,
        }))}
      />
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
