'use client';

import { type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { humanizeStatus } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/input';
import { useApiAction } from './use-api-action';

type Props = {
  tenantId: string;
  plans: Array<{ code: string; label: string }>;
  statuses: readonly string[];
  current: { planCode: string; status: string } | null;
};

export function SubscriptionForm({ tenantId, plans, statuses, current }: Props) {
  const { run, pending, failure } = useApiAction();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(
      'PUT',
      `/api/owner/tenants/${tenantId}/subscription`,
      { planCode: form.get('planCode'), status: form.get('status') },
      'Subscription updated.',
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {failure && Object.keys(failure.fields).length === 0 ? (
        <Alert tone="danger">{failure.message}</Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Plan"
          id="subscription-plan"
          name="planCode"
          defaultValue={current?.planCode ?? plans[0]?.code}
          error={failure?.fields.planCode}
        >
          {plans.map((plan) => (
            <option key={plan.code} value={plan.code}>
              {plan.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Billing status"
          id="subscription-status"
          name="status"
          defaultValue={current?.status ?? 'ACTIVE'}
          error={failure?.fields.status}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {humanizeStatus(status)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex justify-end">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          Save subscription
        </Button>
      </div>
    </form>
  );
}
