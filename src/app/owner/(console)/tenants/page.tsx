import type { Metadata } from 'next';
import Link from 'next/link';
import { TenantFilters } from '@/components/owner/tenant-filters';
import { formatAge, formatDate, formatDateTime, formatNumber } from '@/components/owner/format';
import { firstParam, hrefWith, type SearchParams } from '@/components/owner/search-params';
import { StatusBadge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CursorPagination } from '@/components/ui/pagination';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { ownerDb } from '@/server/owner/db/client';
import { canManage, requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';
import { listPlans } from '@/server/owner/plans/list-plans';
import { listTenants } from '@/server/owner/tenants/list-tenants';
import { listTenantsQuery } from '@/server/owner/tenants/list-tenants.schema';
import { isAppError } from '@/server/shared/errors';
import { BackupAge } from '@/components/owner/backup-age';
import { lastGoodBackupTimes, STALE_BACKUP_HOURS } from '@/server/operations/backups/backup-health';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tenants' };

const PAGE_SIZE = 25;

export default async function TenantsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireOwnerPageUser();
  const params = await searchParams;
  const filters = {
    q: firstParam(params, 'q'),
    status: firstParam(params, 'status'),
    plan: firstParam(params, 'plan'),
  };
  const cursor = firstParam(params, 'cursor');
  const plans = await listPlans(ownerDb);
  const now = new Date();
  const newTenant = canManage(user) ? (
    <ButtonLink href="/owner/tenants/new" variant="primary">
      New tenant
    </ButtonLink>
  ) : null;

  const query = listTenantsQuery.safeParse({ ...filters, cursor, limit: PAGE_SIZE });
  let result: Awaited<ReturnType<typeof listTenants>> | null = null;
  let failure: string | null = query.success ? null : 'These filters are not valid.';
  if (query.success) {
    try {
      result = await listTenants(ownerDb, query.data);
    } catch (error) {
      if (!isAppError(error) || error.status >= 500) throw error;
      failure = error.message;
    }
  }
  const filtered = Boolean(filters.q || filters.status || filters.plan);
  const lastBackups = await lastGoodBackupTimes(ownerDb, result?.data.map((t) => t.id) ?? []);
  const planName = new Map(plans.map((p) => [p.code, p.name]));

  return (
    <>
      <PageHeader
        title="Tenants"
        description="Every clinic on the platform, newest first. Each has its own database."
        actions={newTenant}
      />
      <Card>
        <TenantFilters {...filters} plans={plans} />
        {failure || !result ? (
          <ErrorState
            title="Could not list tenants"
            description={failure}
            action={<ButtonLink href="/owner/tenants">Show all tenants</ButtonLink>}
          />
        ) : result.data.length === 0 ? (
          filtered || cursor ? (
            <EmptyState
              title="No tenants match"
              description="Try another search or clear the filters."
              action={<ButtonLink href="/owner/tenants">Clear filters</ButtonLink>}
            />
          ) : (
            <EmptyState
              title="No tenants yet"
              description="Create the first clinic; it gets its own database and address."
              action={newTenant}
            />
          )
        ) : (
          <>
            <Table caption="Tenants">
              <THead>
                <tr>
                  <TH>Tenant</TH>
                  <TH>Status</TH>
                  <TH>Plan</TH>
                  <TH>Primary domain</TH>
                  <TH className="text-right">Users</TH>
                  <TH className="text-right">Patients</TH>
                  <TH>Last good backup</TH>
                  <TH>Counted</TH>
                  <TH>Created</TH>
                </tr>
              </THead>
              <TBody>
                {result.data.map((tenant) => (
                  <TR key={tenant.id}>
                    <TD>
                      <Link
                        href={`/owner/tenants/${tenant.id}`}
                        className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                      >
                        {tenant.name}
                      </Link>
                      <p className="font-mono text-xs text-slate-500">{tenant.slug}</p>
                    </TD>
                    <TD>
                      <StatusBadge status={tenant.status} />
                    </TD>
                    <TD>{tenant.planCode ? (planName.get(tenant.planCode) ?? tenant.planCode) : '—'}</TD>
                    <TD className="font-mono text-xs">
                      {tenant.primaryDomain ?? <span className="font-sans text-slate-400">None</span>}
                    </TD>
                    <TD className="text-right tabular-nums">{formatNumber(tenant.usage?.users)}</TD>
                    <TD className="text-right tabular-nums">{formatNumber(tenant.usage?.patients)}</TD>
                    <TD className="whitespace-nowrap">
                      {tenant.status === 'DELETED' ? (
                        '—'
                      ) : (
                        <BackupAge
                          at={lastBackups.get(tenant.id)}
                          now={now.getTime()}
                          staleHours={STALE_BACKUP_HOURS}
                        />
                      )}
                    </TD>
                    <TD className="whitespace-nowrap text-xs text-slate-500" data-testid="usage-age">
                      {tenant.usage ? (
                        <time
                          dateTime={tenant.usage.collectedAt.toISOString()}
                          title={formatDateTime(tenant.usage.collectedAt)}
                        >
                          {formatAge(tenant.usage.collectedAt, now)}
                        </time>
                      ) : (
                        'Not yet'
                      )}
                    </TD>
                    <TD className="whitespace-nowrap">{formatDate(tenant.createdAt)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            <CursorPagination
              firstHref={hrefWith('/owner/tenants', filters)}
              nextHref={
                result.nextCursor
                  ? hrefWith('/owner/tenants', { ...filters, cursor: result.nextCursor })
                  : null
              }
              isFirstPage={!cursor}
              summary={`Showing ${result.data.length} tenant${result.data.length === 1 ? '' : 's'}${cursor ? ' (later page)' : ''}. Users and patients are from each clinic's latest usage snapshot (Counted says how old).`}
            />
          </>
        )}
      </Card>
    </>
  );
}
