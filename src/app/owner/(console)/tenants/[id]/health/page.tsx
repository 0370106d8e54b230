import type { Metadata } from 'next';
import { formatBytes, formatNumber } from '@/components/owner/format';
import { AlertsTable } from '@/components/owner/health/alerts-table';
import { formatMs } from '@/components/owner/health/format-health';
import { TimeSeriesChart } from '@/components/owner/health/time-series-chart';
import { firstParam, type SearchParams } from '@/components/owner/search-params';
import { Badge } from '@/components/ui/badge';
import { TabNav } from '@/components/ui/tabs';
import { Card, CardBody, CardHeader, DescriptionList } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format/dates';
import { loadTenantHealthPage } from '@/server/owner/pages/tenant-detail-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Health' };

export default async function TenantHealthPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const range = firstParam(await searchParams, 'range') === '7d' ? '7d' : '24h';
  const { tenant, health } = await loadTenantHealthPage((await params).id, range);
  const latest = health.latest;
  const series = (pick: (p: (typeof health.points)[number]) => number | null) =>
    health.points.map((p) => ({ at: p.at, value: pick(p) }));
  const base = `/owner/tenants/${tenant.id}/health`;

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Latest health check"
          description={latest ? `Sampled ${formatDateTime(latest.recordedAt)}.` : undefined}
        />
        <CardBody>
          {latest ? (
            <DescriptionList
              items={[
                {
                  term: 'Database',
                  value: (
                    <Badge tone={latest.reachable ? 'success' : 'danger'} dot>
                      {latest.reachable ? 'Reachable' : 'Unreachable'}
                    </Badge>
                  ),
                },
                { term: 'Database size', value: formatBytes(latest.dbBytes) },
                { term: 'Connections', value: formatNumber(latest.connections) },
                {
                  term: 'Schema',
                  value:
                    latest.schemaVersion === null
                      ? '—'
                      : latest.schemaVersion >= latest.latestSchemaVersion
                        ? 'Current'
                        : 'Behind the latest migration',
                },
                { term: 'Last good backup', value: formatDateTime(latest.lastGoodBackupAt) },
                { term: 'Last verification', value: formatDateTime(latest.lastVerifiedAt) },
                {
                  term: 'Storage',
                  value: `${formatBytes(latest.storageBytes)}${latest.storageLimitBytes ? ` of ${formatBytes(latest.storageLimitBytes)}` : ''}`,
                },
                { term: 'Last activity', value: formatDateTime(latest.lastActivityAt) },
              ]}
            />
          ) : (
            <p className="text-sm text-slate-600">
              No health check has sampled this clinic yet (the check runs every 5 minutes for active clinics).
            </p>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title={range === '24h' ? 'Last 24 hours' : 'Last 7 days'}
          description={`Every app process, in ${health.stepMinutes}-minute steps.`}
          actions={
            <TabNav
              label="Range"
              variant="pills"
              items={(['24h', '7d'] as const).map((r) => ({
                href: r === '24h' ? base : `${base}?range=7d`,
                label: r,
                current: range === r,
              }))}
            />
          }
        />
        <CardBody className="grid gap-8 lg:grid-cols-2">
          <TimeSeriesChart
            title="Requests"
            points={series((p) => p.requests)}
            format={(n) => formatNumber(Math.round(n))}
          />
          <TimeSeriesChart
            title="p95 latency"
            points={series((p) => p.p95Ms)}
            format={formatMs}
            threshold={{ value: 1000, label: 'alert at 1 s' }}
          />
          <TimeSeriesChart
            title="5xx errors"
            points={series((p) => p.errors)}
            format={(n) => formatNumber(Math.round(n))}
            tone="danger"
          />
          <TimeSeriesChart
            title="Database size"
            points={series((p) => p.dbBytes)}
            format={formatBytes}
            minAxis={1024 * 1024}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Alert history" />
        {health.alerts.length === 0 ? (
          <EmptyState title="No alerts for this clinic" />
        ) : (
          <AlertsTable alerts={health.alerts} showSubject={false} />
        )}
      </Card>
    </div>
  );
}
