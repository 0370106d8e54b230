import type { Metadata } from 'next';
import { formatBytes, formatNumber } from '@/components/owner/format';
import { UsageChart } from '@/components/owner/usage-chart';
import { UsageMeter } from '@/components/owner/usage-meter';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTime, formatMonth } from '@/lib/format/dates';
import { loadTenantUsagePage } from '@/server/owner/pages/tenant-detail-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Usage' };

export default async function TenantUsagePage({ params }: { params: Promise<{ id: string }> }) {
  const { tenant, usage } = await loadTenantUsagePage((await params).id);
  if (!usage) {
    return (
      <Card>
        <ErrorState
          title="Usage could not be measured"
          description="The clinic's database did not answer. Try again in a moment; if it persists, check the server logs."
        />
      </Card>
    );
  }
  const { current, limits } = usage;
  const periods = [...usage.periods].reverse();
  const series = (pick: (p: (typeof periods)[number]) => number) =>
    periods.map((p) => ({
      label: formatMonth(`${p.periodStart}T00:00:00Z`),
      value: pick(p),
    }));

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Current usage"
          description={
            current
              ? `Measured ${formatDateTime(current.collectedAt)}, against the current plan's limits.`
              : undefined
          }
        />
        <CardBody>
          {current ? (
            <div className="grid grid-cols-1 gap-6 sm:grid-cols-2">
              <UsageMeter
                label="Users"
                value={current.users}
                limit={limits?.maxUsers ?? null}
                format={formatNumber}
              />
              <UsageMeter
                label="Practices"
                value={current.practices}
                limit={limits?.maxPractices ?? null}
                format={formatNumber}
              />
              <UsageMeter
                label="Patients"
                value={current.patients}
                limit={limits?.maxPatients ?? null}
                format={formatNumber}
              />
              <UsageMeter
                label="Storage"
                value={current.storageBytes}
                limit={limits?.maxStorageBytes ?? null}
                format={formatBytes}
              />
            </div>
          ) : (
            <p className="text-sm text-slate-600">
              This tenant has no database to measure ({tenant.status.toLowerCase()}).
            </p>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="By month"
          description="One reading per month (UTC); the current month is refreshed whenever this page is opened."
        />
        {periods.length === 0 ? (
          <EmptyState title="No usage recorded yet" />
        ) : (
          <>
            <CardBody className="grid grid-cols-1 gap-8 lg:grid-cols-2">
              <UsageChart
                title="Patients"
                points={series((p) => p.patients)}
                limit={limits?.maxPatients}
                format={(n) => formatNumber(Math.round(n))}
              />
              <UsageChart
                title="Users"
                points={series((p) => p.users)}
                limit={limits?.maxUsers}
                format={(n) => formatNumber(Math.round(n))}
              />
              <UsageChart
                title="Practices"
                points={series((p) => p.practices)}
                limit={limits?.maxPractices}
                format={(n) => formatNumber(Math.round(n))}
              />
              <UsageChart
                title="Storage"
                points={series((p) => p.storageBytes)}
                limit={limits?.maxStorageBytes}
                format={formatBytes}
                minAxis={1024 * 1024}
                binary
              />
            </CardBody>
            <Table caption="Usage by month">
              <THead>
                <tr>
                  <TH>Month</TH>
                  <TH className="text-right">Users</TH>
                  <TH className="text-right">Practices</TH>
                  <TH className="text-right">Patients</TH>
                  <TH className="text-right">Storage</TH>
                  <TH>Last measured</TH>
                </tr>
              </THead>
              <TBody>
                {usage.periods.map((p) => (
                  <TR key={p.periodStart}>
                    <TD className="whitespace-nowrap">{`${p.periodStart} – ${p.periodEnd}`}</TD>
                    <TD className="text-right tabular-nums">{formatNumber(p.users)}</TD>
                    <TD className="text-right tabular-nums">{formatNumber(p.practices)}</TD>
                    <TD className="text-right tabular-nums">{formatNumber(p.patients)}</TD>
                    <TD className="text-right tabular-nums">{formatBytes(p.storageBytes)}</TD>
                    <TD className="whitespace-nowrap">{formatDateTime(p.collectedAt)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </>
        )}
      </Card>
    </div>
  );
}
