import { eq } from 'drizzle-orm';
import type { Metadata } from 'next';
import { tenants } from '@/server/owner/db/schema';
import { formatBytes, formatDateTime, formatNumber } from '@/components/owner/format';
import { AuditTable } from '@/components/owner/audit-table';
import { MaintenanceToggle } from '@/components/owner/maintenance-toggle';
import { RetryProvisioningButton } from '@/components/owner/retry-provisioning-button';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { listAudit } from '@/server/owner/audit/list-audit';
import { ownerDb } from '@/server/owner/db/client';
import { listPlans } from '@/server/owner/plans/list-plans';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader, DescriptionList } from '@/components/ui/card';
import { loadTenantForPage } from '@/server/owner/pages/load-tenant';
import { canManage, requireOwnerPageUser } from '@/server/owner/pages/owner-page-session';
import { MoveTenantDialog } from '@/components/owner/move-tenant-dialog';
import { listServers } from '@/server/owner/servers/list-servers';
import { latestMove } from '@/server/tenancy/moves/request-move';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const tenant = await loadTenantForPage((await params).id);
  return { title: tenant.name };
}

export default async function TenantOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireOwnerPageUser();
  const tenant = await loadTenantForPage((await params).id);
  const site = `${tenant.siteUrl.replace(/\/$/, '')}/`;
  const usage = tenant.usage;
  const [activity, plans, servers, move] = await Promise.all([
    listAudit(ownerDb, { target: tenant.id, targetType: 'tenant', limit: 8 }),
    listPlans(ownerDb),
    listServers(ownerDb),
    latestMove(ownerDb, tenant.id),
  ]);
  const [placement] = await ownerDb
    .select({ serverId: tenants.serverId })
    .from(tenants)
    .where(eq(tenants.id, tenant.id));
  const current = servers.find((s) => s.id === placement?.serverId);
  const targets = servers
    .filter((s) => s.id !== current?.id && s.status === 'ACTIVE' && s.clinics < s.capacity)
    .map((s) => ({ id: s.id, name: s.name, free: s.capacity - s.clinics }));
  const movable =
    canManage(user) && !tenant.isDefault && (tenant.status === 'ACTIVE' || tenant.status === 'SUSPENDED');
  const planName = plans.find((plan) => plan.code === tenant.planCode)?.name ?? tenant.planCode;

  return (
    <div className="space-y-6">
      {tenant.status === 'FAILED' ? (
        <Alert tone="danger" title="Provisioning failed">
          <p className="mb-3">{tenant.lastError ?? 'The last provisioning attempt did not finish.'}</p>
          {canManage(user) ? <RetryProvisioningButton tenantId={tenant.id} /> : null}
        </Alert>
      ) : null}
      {tenant.status === 'SUSPENDED' ? (
        <Alert tone="warning" title="Suspended">
          The clinic&apos;s site refuses all requests until the tenant is activated again (Danger zone).
        </Alert>
      ) : null}
      {tenant.status === 'DELETED' ? (
        <Alert tone="info" title="Deleted">
          The database was dropped and the files archived. This record is kept for the audit trail.
        </Alert>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Details" />
          <CardBody>
            <DescriptionList
              items={[
                { term: 'Status', value: <StatusBadge status={tenant.status} /> },
                {
                  term: 'Plan',
                  value: planName ? (
                    <span className="flex items-center gap-2">
                      {planName}
                      {tenant.subscriptionStatus ? <StatusBadge status={tenant.subscriptionStatus} /> : null}
                    </span>
                  ) : (
                    'None'
                  ),
                },
                {
                  term: 'Clinic site',
                  value:
                    tenant.status === 'DELETED' ? (
                      <span className="text-slate-500">—</span>
                    ) : (
                      <a
                        href={site}
                        target="_blank"
                        rel="noreferrer"
                        className="font-mono text-brand-700 underline"
                      >
                        {site}
                      </a>
                    ),
                },
                {
                  term: 'Primary domain',
                  value: tenant.primaryDomain ? (
                    <span className="font-mono">{tenant.primaryDomain}</span>
                  ) : (
                    'None'
                  ),
                },
                { term: 'Created', value: formatDateTime(tenant.createdAt) },
                { term: 'Activated', value: formatDateTime(tenant.activatedAt) },
                ...(tenant.suspendedAt
                  ? [{ term: 'Suspended', value: formatDateTime(tenant.suspendedAt) }]
                  : []),
                ...(tenant.deletedAt ? [{ term: 'Deleted', value: formatDateTime(tenant.deletedAt) }] : []),
                {
                  term: 'Database',
                  value: (
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="font-mono text-xs">{`${tenant.dbName} on ${current ? `"${current.name}" ` : ''}${tenant.dbHost}:${tenant.dbPort}`}</span>
                      {movable ? <MoveTenantDialog tenantId={tenant.id} servers={targets} /> : null}
                    </span>
                  ),
                },
                ...(move
                  ? [
                      {
                        term: 'Last move',
                        value: (
                          <span className="flex flex-wrap items-center gap-2 text-sm">
                            <StatusBadge status={move.status} />
                            {move.status === 'RUNNING' || move.status === 'QUEUED'
                              ? `step: ${move.step ?? 'waiting for a worker'} (reload for progress)`
                              : null}
                            {move.unavailableMs !== null
                              ? `unavailable ${(move.unavailableMs / 1000).toFixed(1)} s, ${formatNumber(move.rowsCopied ?? 0)} rows verified`
                              : null}
                            {move.error ? <span className="text-red-700">{move.error}</span> : null}
                          </span>
                        ),
                      },
                    ]
                  : []),
                { term: 'Storage', value: <span className="font-mono text-xs">{tenant.storagePath}</span> },
              ]}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Usage"
            description={
              usage
                ? `Collected ${formatDateTime(usage.collectedAt)}`
                : 'Not collected yet; see the Usage tab for live counts.'
            }
          />
          <CardBody>
            <dl className="grid grid-cols-2 gap-4">
              {[
                ['Users', formatNumber(usage?.users)],
                ['Practices', formatNumber(usage?.practices)],
                ['Patients', formatNumber(usage?.patients)],
                ['Storage', formatBytes(usage?.storageBytes)],
              ].map(([term, value]) => (
                <div key={term} className="rounded-md bg-slate-50 px-3 py-2">
                  <dt className="text-xs text-slate-500">{term}</dt>
                  <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
      </div>

      {tenant.status === 'ACTIVE' || tenant.status === 'SUSPENDED' ? (
        <MaintenanceToggle
          tenantId={tenant.id}
          maintenance={tenant.maintenance}
          canManage={canManage(user)}
        />
      ) : null}

      <Card>
        <CardHeader
          title="Recent activity"
          actions={
            activity.data.length ? (
              <ButtonLink href={`/owner/audit?target=${tenant.id}`} size="sm">
                View all
              </ButtonLink>
            ) : null
          }
        />
        {activity.data.length ? (
          <AuditTable
            entries={activity.data}
            caption={`Recent activity on ${tenant.name}`}
            showTarget={false}
          />
        ) : (
          <EmptyState title="No activity recorded" />
        )}
      </Card>
    </div>
  );
}
