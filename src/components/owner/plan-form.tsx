'use client';

import { PLAN_FEATURE_KEYS } from '@/lib/plan-features';
import { formText } from '@/components/ui/form-data';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Fieldset } from '@/components/ui/field';
import { CheckboxField, SelectField, TextareaField, TextField } from '@/components/ui/fields';
import { useApiAction } from './use-api-action';

export type PlanInput = {
  code: string;
  name: string;
  description: string;
  priceMinor: number;
  currency: string;
  interval: 'MONTH' | 'YEAR';
  limits: {
    maxUsers: number | null;
    maxPractices: number | null;
    maxPatients: number | null;
    maxStorageBytes: number | null;
  };
  features: string[];
  isActive: boolean;
};

const GB = 1024 ** 3;

/** "29.99" → 2999. Money is entered in major units but stored in minor units (cents). */
function toMinor(text: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return text;
  const [whole, fraction = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** An empty limit means unlimited (null); anything else must be a whole number (the API says so if not). */
function toLimit(text: string, scale = 1): number | null | string {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? Math.round(value * scale) : trimmed;
}

const limitText = (value: number | null | undefined, scale = 1) =>
  value === null || value === undefined ? '' : String(value / scale);

/** Create (no `plan`) or edit a plan in a dialog. The code cannot change once created: tenants refer to it. */
export function PlanDialog({
  plan,
  triggerLabel,
  triggerVariant = 'secondary',
}: {
  plan?: PlanInput;
  triggerLabel: string;
  triggerVariant?: 'primary' | 'secondary';
}) {
  const [open, setOpen] = useState(false);
  const { run, pending, failure, clearFailure } = useApiAction();
  // Format mistakes are caught here with a plain message; everything else is the API's to judge.
  const [localFields, setLocalFields] = useState<Record<string, string>>({});
  const fields = { ...(failure?.fields ?? {}), ...localFields };
  const formId = plan ? `plan-form-${plan.code}` : 'plan-form-new';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => formText(form, key);
    const body = {
      ...(plan ? {} : { code: text('code').trim() }),
      name: text('name').trim(),
      description: text('description').trim(),
      priceMinor: toMinor(text('price')),
      currency: text('currency').trim(),
      interval: text('interval'),
      limits: {
        maxUsers: toLimit(text('maxUsers')),
        maxPractices: toLimit(text('maxPractices')),
        maxPatients: toLimit(text('maxPatients')),
        maxStorageBytes: toLimit(text('maxStorageGb'), GB),
      },
      features: text('features')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
      isActive: form.get('isActive') === 'on',
    };
    const local: Record<string, string> = {};
    if (typeof body.priceMinor !== 'number') local.priceMinor = 'Enter a price such as 49.00.';
    for (const [key, value] of Object.entries(body.limits))
      if (typeof value === 'string') local[`limits.${key}`] = 'Enter a number, or leave empty for unlimited.';
    setLocalFields(local);
    if (Object.keys(local).length > 0) return;
    const saved = plan
      ? await run('PATCH', `/api/owner/plans/${plan.code}`, body, `${body.name} was saved.`)
      : await run('POST', '/api/owner/plans', body, `${body.name} was created.`);
    if (saved) setOpen(false);
  }

  const close = () => {
    if (pending) return;
    setOpen(false);
    clearFailure();
    setLocalFields({});
  };

  return (
    <>
      <Button
        variant={triggerVariant}
        size={plan ? 'sm' : 'md'}
        aria-label={plan ? `Edit ${plan.name}` : undefined}
        onClick={() => setOpen(true)}
      >
        {triggerLabel}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={plan ? `Edit ${plan.name}` : 'New plan'}
        footer={
          <>
            <Button variant="secondary" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" form={formId} pending={pending} pendingLabel="Saving…">
              {plan ? 'Save plan' : 'Create plan'}
            </Button>
          </>
        }
      >
        {open ? (
          <form id={formId} onSubmit={onSubmit} noValidate className="space-y-5">
            {failure && Object.keys(fields).length === 0 ? (
              <Alert tone="danger">{failure.message}</Alert>
            ) : null}
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              {plan ? null : (
                <TextField
                  label="Code"
                  id={`${formId}-code`}
                  name="code"
                  required
                  hint="e.g. premium; cannot be changed later."
                  error={fields.code}
                  className="font-mono"
                />
              )}
              <TextField
                label="Name"
                id={`${formId}-name`}
                name="name"
                defaultValue={plan?.name}
                required
                error={fields.name}
              />
              <TextField
                label="Price"
                id={`${formId}-price`}
                name="price"
                inputMode="decimal"
                defaultValue={plan ? (plan.priceMinor / 100).toFixed(2) : ''}
                required
                hint="e.g. 49.00"
                error={fields.priceMinor}
              />
              <TextField
                label="Currency"
                id={`${formId}-currency`}
                name="currency"
                defaultValue={plan?.currency ?? 'USD'}
                maxLength={3}
                required
                error={fields.currency}
              />
              <SelectField
                label="Billed"
                id={`${formId}-interval`}
                name="interval"
                defaultValue={plan?.interval ?? 'MONTH'}
                error={fields.interval}
              >
                <option value="MONTH">Monthly</option>
                <option value="YEAR">Yearly</option>
              </SelectField>
            </div>
            <TextareaField
              label="Description"
              id={`${formId}-description`}
              name="description"
              rows={2}
              defaultValue={plan?.description}
              error={fields.description}
            />
            <Fieldset legend="Limits" description="Leave a limit empty for unlimited.">
              <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
                <TextField
                  label="Users"
                  id={`${formId}-users`}
                  name="maxUsers"
                  inputMode="numeric"
                  defaultValue={limitText(plan?.limits.maxUsers)}
                  error={fields['limits.maxUsers']}
                />
                <TextField
                  label="Practices"
                  id={`${formId}-practices`}
                  name="maxPractices"
                  inputMode="numeric"
                  defaultValue={limitText(plan?.limits.maxPractices)}
                  error={fields['limits.maxPractices']}
                />
                <TextField
                  label="Patients"
                  id={`${formId}-patients`}
                  name="maxPatients"
                  inputMode="numeric"
                  defaultValue={limitText(plan?.limits.maxPatients)}
                  error={fields['limits.maxPatients']}
                />
                <TextField
                  label="Storage (GB)"
                  id={`${formId}-storage`}
                  name="maxStorageGb"
                  inputMode="decimal"
                  defaultValue={limitText(plan?.limits.maxStorageBytes, GB)}
                  error={fields['limits.maxStorageBytes']}
                />
              </div>
            </Fieldset>
            <TextField
              label="Features"
              id={`${formId}-features`}
              name="features"
              defaultValue={plan?.features.join(', ')}
              hint={`Comma-separated, from: ${PLAN_FEATURE_KEYS.join(', ')}`}
              error={Object.entries(fields).find(([key]) => key.startsWith('features'))?.[1]}
            />
            <CheckboxField
              id={`${formId}-active`}
              name="isActive"
              defaultChecked={plan?.isActive ?? true}
              label="Offered for new subscriptions"
            />
          </form>
        ) : null}
      </Dialog>
    </>
  );
}
