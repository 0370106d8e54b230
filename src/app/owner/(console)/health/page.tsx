import type { Metadata } from 'next';
import Link from 'next/link';
import { formatBytes, formatNumber } from '@/components/owner/format';
import { alertLabel, alertTone } from '@/components/owner/health/alert-labels';
import { formatMs, formatPerMinute, formatRate } from '@/components/owner/health/format-health';
import { firstParam, hrefWith, type SearchParams } from '@/components/owner/search-params';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format/dates';
import { type HealthSort } from '@/lib/domain/owner/health';
import { loadHealthPage } from '@/server/owner/pages/monitoring-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Health' };

const COLUMNS: Array<{ sort: HealthSort; label: string }> = [
  { sort: 'requests', label: 'Requests/min' },
  { sort: 'p95', label: 'p95' },
  { sort: 'errors', label: '5xx rate' },
  { sort: 'dbSize', label: 'DB size' },
  { sort: 'connections', label: 'Connections' },
];

function StatCard({
  label,
  value,
  hint,
  tone,
}: {
  label: string;
  value: string;
  hint?: string;
  tone?: 'danger';
}) {
  return (
    <Card className="p-4">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</p>
      <p
        className={`mt-1 text-2xl font-semibold tabular-nums ${tone === 'danger' ? 'text-red-700' : 'text-slate-900'}`}
      >
        {value}
      </p>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </Card>
  );
}

export default async function HealthPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { query, health } = await loadHealthPage({
    sort: firstParam(params, 'sort'),
    order: firstParam(params, 'order'),
  });
  const statuses = health.clinicsByStatus;
  const failingJobs = health.failingJobs.reduce((n, j) => n + j.failed, 0);

  return (
    <>
      <PageHeader
        title="Health"
        description={
          health.lastCheckAt
            ? `Traffic over the last 15 minutes from every app process; database figures from the health check of ${formatDateTime(health.lastCheckAt)}.`
            : 'Traffic over the last 15 minutes. The health check (every 5 minutes) has not run yet.'
        }
      />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-5">
        <StatCard
          label="Clinics"
          value={formatNumber(statuses.ACTIVE ?? 0)}
          hint={`active · ${statuses.SUSPENDED ?? 0} suspended · ${statuses.FAILED ?? 0} failed · ${statuses.PROVISIONING ?? 0} provisioning`}
        />
        <StatCard
          label="Servers up"
          value={`${health.servers.up} / ${health.servers.total}`}
          tone={health.servers.up < health.servers.total ? 'danger' : undefined}
        />
        <StatCard
          label="Open alerts"
          value={formatNumber(health.openAlerts)}
          tone={health.openAlerts ? 'danger' : undefined}
          hint="See Alerts"
        />
        <StatCard
          label="Overdue backups"
          value={formatNumber(health.overdueBackups)}
          tone={health.overdueBackups ? 'danger' : undefined}
          hint="No good backup in 36 h"
        />
        <StatCard
          label="Failing jobs"
          value={formatNumber(failingJobs)}
          tone={failingJobs ? 'danger' : undefined}
          hint={
            health.failingJobs.length
              ? health.failingJobs.map((j) => `${j.job}: ${j.failed}`).join(', ')
              : 'last 24 h'
          }
        />
      </div>

      {health.servers.list.length ? (
        <Card className="mb-6">
          <CardHeader title="Database servers" />
          <Table caption="Database servers">
            <THead>
              <tr>
                <TH>Server</TH>
                <TH>State</TH>
                <TH className="text-right">Connections</TH>
                <TH className="text-right">Clinic DB size</TH>
                <TH className="text-right">Clinics</TH>
              </tr>
            </THead>
            <TBody>
              {health.servers.list.map((s) => (
                <TR key={s.server}>
                  <TD className="font-mono">{s.server}</TD>
                  <TD>
                    <Badge tone={s.reachable ? 'success' : 'danger'} dot>
                      {s.reachable ? 'Up' : 'Down'}
                    </Badge>
                  </TD>
                  <TD className="text-right tabular-nums">
                    {s.connections === null ? '—' : `${s.connections} / ${s.maxConnections}`}
                  </TD>
                  <TD className="text-right tabular-nums">{formatBytes(s.dbBytes)}</TD>
                  <TD className="text-right tabular-nums">{formatNumber(s.clinics)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </Card>
      ) : null}

      <Card>
        <CardHeader
          title="Clinics"
          description="Sort by a column to see which clinic loads a server or is failing."
        />
        {health.clinics.length === 0 ? (
          <EmptyState title="No clinics yet" />
        ) : (
          <Table caption="Clinic health, sortable">
            <THead>
              <tr>
                <TH>Clinic</TH>
                <TH>Server</TH>
                {COLUMNS.map((c) => {
                  const active = query.sort === c.sort;
                  const order = active && query.order === 'desc' ? 'asc' : 'desc';
                  return (
                    <TH
                      key={c.sort}
                      className="text-right"
                      aria-sort={active ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <Link
                        href={hrefWith('/owner/health', { sort: c.sort, order })}
                        className={active ? 'text-slate-900 underline' : 'hover:underline'}
                      >
                        {c.label}
                        {active ? (query.order === 'asc' ? ' ↑' : ' ↓') : ''}
                      </Link>
                    </TH>
                  );
                })}
                <TH>Flags</TH>
              </tr>
            </THead>
            <TBody>
              {health.clinics.map((c) => (
                <TR key={c.tenantId}>
                  <TD className="whitespace-nowrap">
                    <Link
                      href={`/owner/tenants/${c.tenantId}/health`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {c.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-500">{c.slug}</div>
                  </TD>
                  <TD className="font-mono text-xs whitespace-nowrap">{c.server}</TD>
                  <TD className="text-right tabular-nums">{formatPerMinute(c.requestsPerMinute)}</TD>
                  <TD
                    className={`text-right tabular-nums ${(c.p95Ms ?? 0) > 1000 ? 'font-semibold text-red-700' : ''}`}
                  >
                    {formatMs(c.p95Ms)}
                  </TD>
                  <TD
                    className={`text-right tabular-nums ${c.errorRate > 0.01 ? 'font-semibold text-red-700' : ''}`}
                  >
                    {formatRate(c.errorRate)}
                  </TD>
                  <TD className="text-right tabular-nums">{formatBytes(c.dbBytes)}</TD>
                  <TD className="text-right tabular-nums">{formatNumber(c.connections)}</TD>
                  <TD>
                    <div className="flex flex-wrap gap-1">
                      {c.status !== 'ACTIVE' ? <StatusBadge status={c.status} /> : null}
                      {c.flags.map((f) => (
                        <Badge key={f} tone={alertTone(f)}>
                          {alertLabel(f)}
                        </Badge>
                      ))}
                      {c.flags.length === 0 && c.status === 'ACTIVE' ? (
                        <span className="text-xs text-slate-400">—</span>
                      ) : null}
                    </div>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
