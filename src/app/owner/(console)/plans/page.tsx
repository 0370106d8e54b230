import type { Metadata } from 'next';
import { formatBytes, formatLimit } from '@/components/owner/format';
import { PlanDialog } from '@/components/owner/plan-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState } from '@/components/ui/states';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatMoney } from '@/lib/format/money';
import { loadPlansPage } from '@/server/owner/pages/catalogue-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Plans' };

export default async function PlansPage() {
  const { plans, editable } = await loadPlansPage();
  return (
    <>
      <PageHeader
        title="Plans"
        description="What clinics can subscribe to. Retired plans stay on existing subscriptions but are not offered to new ones."
        actions={editable ? <PlanDialog triggerLabel="New plan" triggerVariant="primary" /> : null}
      />
      <Card>
        {plans.length === 0 ? (
          <EmptyState title="No plans" description="Create a plan before creating tenants." />
        ) : (
          <Table caption="Subscription plans">
            <THead>
              <tr>
                <TH>Plan</TH>
                <TH className="text-right">Price</TH>
                <TH>Limits</TH>
                <TH>Features</TH>
                <TH>Status</TH>
                {editable ? (
                  <TH>
                    <span className="sr-only">Actions</span>
                  </TH>
                ) : null}
              </tr>
            </THead>
            <TBody>
              {plans.map((plan) => (
                <TR key={plan.id}>
                  <TD className="max-w-64">
                    <p className="font-medium text-slate-900">{plan.name}</p>
                    <p className="font-mono text-xs text-slate-500">{plan.code}</p>
                    {plan.description ? (
                      <p className="mt-1 text-xs text-slate-500">{plan.description}</p>
                    ) : null}
                  </TD>
                  <TD className="text-right whitespace-nowrap tabular-nums">
                    {formatMoney(plan.priceMinor, plan.currency)}
                    <span className="text-slate-500">/{plan.interval === 'YEAR' ? 'yr' : 'mo'}</span>
                  </TD>
                  <TD className="text-xs whitespace-nowrap">
                    <ul className="space-y-0.5">
                      <li>Users: {formatLimit(plan.limits.maxUsers)}</li>
                      <li>Practices: {formatLimit(plan.limits.maxPractices)}</li>
                      <li>Patients: {formatLimit(plan.limits.maxPatients)}</li>
                      <li>
                        Storage:{' '}
                        {plan.limits.maxStorageBytes === null
                          ? 'Unlimited'
                          : formatBytes(plan.limits.maxStorageBytes)}
                      </li>
                    </ul>
                  </TD>
                  <TD>
                    <div className="flex max-w-64 flex-wrap gap-1">
                      {plan.features.length ? (
                        plan.features.map((f) => <Badge key={f}>{f}</Badge>)
                      ) : (
                        <span className="text-slate-400">—</span>
                      )}
                    </div>
                  </TD>
                  <TD>{plan.isActive ? <Badge tone="success">Offered</Badge> : <Badge>Retired</Badge>}</TD>
                  {editable ? (
                    <TD className="text-right">
                      <PlanDialog
                        triggerLabel="Edit"
                        plan={{
                          code: plan.code,
                          name: plan.name,
                          description: plan.description,
                          priceMinor: plan.priceMinor,
                          currency: plan.currency,
                          interval: plan.interval,
                          limits: plan.limits,
                          features: plan.features,
                          isActive: plan.isActive,
                        }}
                      />
                    </TD>
                  ) : null}
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </>
  );
}
