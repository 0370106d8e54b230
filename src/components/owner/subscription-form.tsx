'use client';

import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { FormAlert } from '@/components/ui/form-errors';
import { useMutation } from '@/components/ui/use-mutation';
import { humanize } from '@/lib/format/humanize';

type Props = {
  tenantId: string;
  plans: Array<{ code: string; label: string }>;
  statuses: readonly string[];
  current: { planCode: string; status: string } | null;
};

export function SubscriptionForm({ tenantId, plans, statuses, current }: Props) {
  const { run, pending, error: failure } = useMutation();

  async function onSubmit(form: FormData) {
    await run(
      'PUT',
      `/api/owner/tenants/${tenantId}/subscription`,
      {
        planCode: form.get('planCode'),
        status: form.get('status'),
        ...(form.get('effective') === 'now' ? { effective: 'now' } : {}),
      },
      { success: 'Subscription updated.' },
    );
  }

  return (
    <Form error={failure} onSubmit={onSubmit} className="space-y-4">
      <FormAlert />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label="Plan"
          id="subscription-plan"
          name="planCode"
          defaultValue={current?.planCode ?? plans[0]?.code}
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
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {humanize(status)}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label="A downgrade takes effect"
        id="subscription-effective"
        name="effective"
        defaultValue="period_end"
        hint="Upgrades always take effect now, prorated to the day on the next invoice."
      >
        <option value="period_end">At the end of the current period</option>
        <option value="now">Now (credit for the unused days)</option>
      </SelectField>
      <div className="flex justify-end">
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          Save subscription
        </Button>
      </div>
    </Form>
  );
}
