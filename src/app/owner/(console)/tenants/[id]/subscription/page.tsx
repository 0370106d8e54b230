import type { Metadata } from 'next';
import { SubscriptionForm } from '@/components/owner/subscription-form';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { canManage } from '@/server/owner/pages/owner-page-session';
import { formatDateTime } from '@/lib/format/dates';
import { formatMoney } from '@/lib/format/money';
import { SUBSCRIPTION_STATUSES } from '@/lib/domain/owner/plans';
import { planOverruns } from '@/lib/plan-overruns';
import { loadTenantSubscriptionPage } from '@/server/owner/pages/tenant-detail-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Subscription' };

export default async function TenantSubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, tenant, current, history, plans } = await loadTenantSubscriptionPage((await params).id);
  // The last measured usage (the tenants list's figures): enough to warn, without opening the tenant's database.
  const usage = tenant.usage;
  const overrunsOf = (code: string | undefined) => {
    const plan = plans.find((p) => p.code === code);
    return plan && usage ? planOverruns(plan.limits, usage) : [];
  };
  const currentOverruns = overrunsOf(current?.planCode);
  // Inactive plans are not offered, except the one the tenant is on (keeping it is allowed).
  const choices = plans
    .filter((plan) => plan.isActive || plan.code === current?.planCode)
    .map((plan) => ({
      code: plan.code,
      label: `${plan.name} — ${formatMoney(plan.priceMinor, plan.currency)}/${plan.interval === 'YEAR' ? 'yr' : 'mo'}${plan.isActive ? '' : ' (retired)'}${overrunsOf(plan.code).length > 0 ? ' · outgrown' : ''}`,
    }));
  const outgrown = choices.filter(
    (choice) => choice.code !== current?.planCode && overrunsOf(choice.code).length > 0,
  );
  const editable = canManage(user) && tenant.status !== 'DELETED';

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Current plan"
          description={
            current ? `Since ${formatDateTime(current.startedAt)}` : 'This tenant has no subscription.'
          }
          actions={current ? <StatusBadge status={current.status} /> : null}
        />
        <CardBody>
          {current ? <p className="mb-4 text-lg font-semibold text-slate-900">{current.planName}</p> : null}
          {currentOverruns.length > 0 ? (
            <Alert tone="warning" className="mb-4">
              This clinic is over its plan&apos;s limits ({currentOverruns.join('; ')}). Nothing is removed,
              but it cannot add more of these until it is back within them or on a larger plan.
            </Alert>
          ) : null}
          {editable && outgrown.length > 0 && usage ? (
            <p className="mb-4 text-sm text-slate-600">
              Plans marked “outgrown” are smaller than this clinic&apos;s usage of{' '}
              {formatDateTime(usage.collectedAt)}: on one of them it could not add users, practices, patients
              or files past the limits.
            </p>
          ) : null}
          {editable ? (
            <SubscriptionForm
              tenantId={tenant.id}
              plans={choices}
              statuses={SUBSCRIPTION_STATUSES}
              current={current}
            />
          ) : (
            <p className="text-sm text-slate-500">
              {canManage(user)
                ? 'A deleted tenant cannot change plans.'
                : 'Your role can view subscriptions but not change them.'}
            </p>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="History"
          description="Every plan period, newest first. A change closes the current period and opens a new one."
        />
        {history.length === 0 ? (
          <EmptyState title="No history yet" />
        ) : (
          <Table caption="Subscription history">
            <THead>
              <tr>
                <TH>Plan</TH>
                <TH>Status</TH>
                <TH>From</TH>
                <TH>Until</TH>
                <TH>Changed by</TH>
              </tr>
            </THead>
            <TBody>
              {history.map((period) => (
                <TR key={period.id}>
                  <TD className="font-medium text-slate-900">{period.planName}</TD>
                  <TD>
                    <StatusBadge status={period.status} />
                  </TD>
                  <TD className="whitespace-nowrap">{formatDateTime(period.startedAt)}</TD>
                  <TD className="whitespace-nowrap">
                    {period.endedAt ? (
                      formatDateTime(period.endedAt)
                    ) : (
                      <span className="font-medium text-emerald-700">Current</span>
                    )}
                  </TD>
                  <TD>{period.changedBy?.email ?? <span className="text-slate-400">System</span>}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
