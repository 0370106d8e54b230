import type { Metadata } from 'next';
import Link from 'next/link';
import { formatNumber } from '@/components/owner/format';
import { JobActionButton } from '@/components/owner/job-action-button';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { ownerDb } from '@/server/owner/db/client';
import { canManage, requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';
import { getJobOverview } from '@/server/operations/jobs/get-job-overview';
import type { JobOverview } from '@/server/operations/jobs/job-overview.schema';
import { allJobs } from '@/server/operations/jobs/job-registry';
import { formatDateTime } from '@/lib/format/dates';

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

export default async function JobsPage() {
  const user = await requireOwnerPageUser();
  const manage = canManage(user);
  let overview: JobOverview | null = null;
  try {
    overview = await getJobOverview(ownerDb, { jobs: allJobs(), limit: 25 });
  } catch {
    overview = null;
  }

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
            <Table caption="Job counts per type">
              <THead>
                <tr>
                  <TH>Job type</TH>
                  <TH>Schedule (UTC)</TH>
                  <TH className="text-right">Queued</TH>
                  <TH className="text-right">Running</TH>
                  <TH className="text-right">Failed</TH>
                  <TH className="text-right">Completed</TH>
                </tr>
              </THead>
              <TBody>
                {overview.types.map((type) => (
                  <TR key={type.name}>
                    <TD className="font-mono text-xs">{type.name}</TD>
                    <TD className="font-mono text-xs">{type.schedule ?? 'on demand'}</TD>
                    <TD className="text-right tabular-nums">{formatNumber(type.queued)}</TD>
                    <TD className="text-right tabular-nums">{formatNumber(type.active)}</TD>
                    <TD className="text-right tabular-nums">
                      {type.failed ? <Badge tone="danger">{formatNumber(type.failed)}</Badge> : '0'}
                    </TD>
                    <TD className="text-right tabular-nums">{formatNumber(type.completed)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </Card>

          <Card>
            <CardHeader title="Recent failures" description="Newest first. Times in UTC." />
            {overview.recentFailures.length === 0 ? (
              <EmptyState title="No failed jobs" description="Every job that ran recently succeeded." />
            ) : (
              <Table caption="Recent job failures">
                <THead>
                  <tr>
                    <TH>When</TH>
                    <TH>Job type</TH>
                    <TH>Clinic</TH>
                    <TH>Error</TH>
                    {manage ? <TH>Action</TH> : null}
                  </tr>
                </THead>
                <TBody>
                  {overview.recentFailures.map((failure) => (
                    <TR key={failure.id}>
                      <TD className="whitespace-nowrap">{formatDateTime(failure.failedAt)}</TD>
                      <TD className="font-mono text-xs">{failure.name}</TD>
                      <TD>
                        <ClinicLink id={failure.tenantId} slug={failure.tenantSlug} />
                      </TD>
                      <TD className="max-w-md text-sm break-words text-red-800">{failure.error}</TD>
                      {manage ? (
                        <TD>
                          <JobActionButton jobId={failure.id} action="retry" />
                        </TD>
                      ) : null}
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </Card>

          <Card>
            <CardHeader title="Queued and running" description="Oldest first." />
            {overview.pending.length === 0 ? (
              <EmptyState title="Nothing waiting" description="No job is queued or running right now." />
            ) : (
              <Table caption="Queued and running jobs">
                <THead>
                  <tr>
                    <TH>Queued at</TH>
                    <TH>Job type</TH>
                    <TH>Clinic</TH>
                    <TH>State</TH>
                    {manage ? <TH>Action</TH> : null}
                  </tr>
                </THead>
                <TBody>
                  {overview.pending.map((job) => (
                    <TR key={job.id}>
                      <TD className="whitespace-nowrap">{formatDateTime(job.createdAt)}</TD>
                      <TD className="font-mono text-xs">{job.name}</TD>
                      <TD>
                        <ClinicLink id={job.tenantId} slug={job.tenantSlug} />
                      </TD>
                      <TD>
                        <Badge tone={job.state === 'active' ? 'info' : 'neutral'}>
                          {STATE_LABEL[job.state]}
                        </Badge>
                      </TD>
                      {manage ? (
                        <TD>
                          <JobActionButton jobId={job.id} action="cancel" />
                        </TD>
                      ) : null}
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
