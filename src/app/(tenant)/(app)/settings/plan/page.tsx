import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { UsageMeter } from '@/components/tenant/settings/usage-meter';
import { LIMITED_RESOURCE_NAMES, LIMITED_RESOURCES, type LimitedResource } from '@/lib/plan-limits';
import { requirePagePermission, requirePageSession } from '@/server/tenant/pages/page-context';
import { loadPlanPage } from '@/server/tenant/pages/settings-pages';
import { ClinicBillingPanel } from '@/components/tenant/billing/clinic-billing-panel';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Plan & billing' };

const LABELS: Record<LimitedResource, string> = {
  users: 'Active staff accounts',
  practices: 'Practices',
  patients: 'Active patients',
  storageBytes: 'Stored files',
};

export default async function PlanPage() {
  const { user, tenant } = await requirePageSession('/settings/plan');
  requirePagePermission(user, 'plan:read');
  const { usage, billing, invoices, profile } = await loadPlanPage(tenant.id);
  const full = LIMITED_RESOURCE_NAMES.filter(
    (r) => usage[r].limit !== null && usage[r].used >= usage[r].limit,
  );

  return (
    <>
      <PageHeader
        title="Plan & billing"
        description="The clinic's SmartDMV plan, how much of it is in use, and its invoices."
      />
      <ClinicBillingPanel summary={billing} invoices={invoices} profile={profile} />
      <Card>
        <CardHeader
          title={usage.plan ? usage.plan.name : 'No plan'}
          description={
            usage.plan
              ? 'Plan changes are made by the SmartDMV operator.'
              : 'The clinic has no current subscription, so nothing is limited.'
          }
        />
        <CardBody className="space-y-5">
          {full.length > 0 ? (
            <Alert tone="warning">
              The clinic has reached its plan&apos;s limit for{' '}
              {full.map((r) => LABELS[r].toLowerCase()).join(' and ')}: adding more is refused until some are
              removed or deactivated, or the plan is changed.
            </Alert>
          ) : null}
          {LIMITED_RESOURCE_NAMES.map((resource) => (
            <UsageMeter
              key={resource}
              label={LABELS[resource]}
              used={usage[resource].used}
              limit={usage[resource].limit}
              format={LIMITED_RESOURCES[resource].amount}
            />
          ))}
        </CardBody>
      </Card>
    </>
  );
}
