import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { formatNumber } from '@/components/owner/format';
import { JobActionButton } from '@/components/owner/job-action-button';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DataTable, type Column } from '@/components/ui/data-table';
import { ErrorState } from '@/components/ui/states';
import type { JobOverview } from '@/server/owner/pages/view-types';
import { formatDateTime } from '@/lib/format/dates';
import { loadJobsPage } from '@/server/owner/pages/monitoring-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Jobs' };

const STATE_LABEL = { created: 'Queued', retry: 'Waiting to retry', active: 'Running' } as const;

function ClinicLink({ id, slug }: { id: string | null; slug: string | null }) {
  if (!id) return <span className="text-slate-400">—</span>;
  return (
    <Link href={`/owner/tenants/${id}`} className="font-mono text-brand-700 underline">
      {slug ?? id.slice(0, 8)}
    </Link>
  );
}

type JobRow = { name: string; tenantId: string | null; tenantSlug: string | null };
type TypeRow = JobOverview['types'][number];
type FailureRow = JobOverview['recentFailures'][number];
type PendingRow = JobOverview['pending'][number];

/** The columns every job list shares: its type and its clinic. */
const jobColumns: Array<Column<JobRow>> = [
  { header: 'Job type', className: 'font-mono text-xs', cell: (job) => job.name },
  { header: 'Clinic', cell: (job) => <ClinicLink id={job.tenantId} slug={job.tenantSlug} /> },
];

const when = <Row,>(header: string, at: (row: Row) => string | Date): Column<Row> => ({
  header,
  className: 'whitespace-nowrap',
  cell: (row) => formatDateTime(at(row)),
});

const count = <Row,>(header: string, cell: (row: Row) => ReactNode): Column<Row> => ({
  header,
  align: 'right',
  className: 'tabular-nums',
  cell,
});

export default async function JobsPage() {
  const { manage, overview } = await loadJobsPage();

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Background work: scheduled housekeeping, usage snapshots, exports. Failed jobs are retried with backoff, then stay here with their error for a week."
        actions={<ButtonLink href="/owner/jobs">Refresh</ButtonLink>}
      />
      {!overview ? (
        <Card>
          <ErrorState
            title="Could not read the job queue"
            description="The owner database did not answer. Try again in a moment."
            action={<ButtonLink href="/owner/jobs">Try again</ButtonLink>}
          />
        </Card>
      ) : (
        <div className="space-y-6">
          <Card>
            <CardHeader title="By job type" description="Completed counts cover about the last 24 hours." />
            <DataTable
              caption="Job counts per type"
              rows={overview.types}
              rowKey={(type) => type.name}
              columns={[
                { header: 'Job type', className: 'font-mono text-xs', cell: (type: TypeRow) => type.name },
                {
                  header: 'Schedule (UTC)',
                  className: 'font-mono text-xs',
                  cell: (type) => type.schedule ?? 'on demand',
                },
                count<TypeRow>('Queued', (type) => formatNumber(type.queued)),
                count<TypeRow>('Running', (type) => formatNumber(type.active)),
                count<TypeRow>('Failed', (type) =>
                  type.failed ? <Badge tone="danger">{formatNumber(type.failed)}</Badge> : '0',
                ),
                count<TypeRow>('Completed', (type) => formatNumber(type.completed)),
              ]}
            />
          </Card>

          <Card>
            <CardHeader title="Recent failures" description="Newest first. Times in UTC." />
            <DataTable
              caption="Recent job failures"
              rows={overview.recentFailures}
              rowKey={(failure) => failure.id}
              empty={{ title: 'No failed jobs', description: 'Every job that ran recently succeeded.' }}
              columns={[
                when<FailureRow>('When', (failure) => failure.failedAt),
                ...jobColumns,
                {
                  header: 'Error',
                  className: 'max-w-md text-sm break-words text-red-800',
                  cell: (failure) => failure.error,
                },
                manage && {
                  header: 'Action',
                  cell: (failure) => <JobActionButton jobId={failure.id} action="retry" />,
                },
              ]}
            />
          </Card>

          <Card>
            <CardHeader title="Queued and running" description="Oldest first." />
            <DataTable
              caption="Queued and running jobs"
              rows={overview.pending}
              rowKey={(job) => job.id}
              empty={{ title: 'Nothing waiting', description: 'No job is queued or running right now.' }}
              columns={[
                when<PendingRow>('Queued at', (job) => job.createdAt),
                ...jobColumns,
                {
                  header: 'State',
                  cell: (job) => (
                    <Badge tone={job.state === 'active' ? 'info' : 'neutral'}>{STATE_LABEL[job.state]}</Badge>
                  ),
                },
                manage && {
                  header: 'Action',
                  cell: (job) => <JobActionButton jobId={job.id} action="cancel" />,
                },
              ]}
            />
          </Card>
        </div>
      )}
    </>
  );
}
