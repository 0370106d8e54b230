'use client';

import { PLAN_FEATURE_KEYS } from '@/lib/plan-features';
import { formText } from '@/components/ui/form-data';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Fieldset } from '@/components/ui/field';
import { CheckboxField, SelectField, TextareaField, TextField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { useMutation } from '@/components/ui/use-mutation';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

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

/** The limit fields: the form's name, the API's key and the unit entered (storage in GB, stored in bytes). */
const LIMIT_FIELDS: ReadonlyArray<{
  label: string;
  id: string;
  name: string;
  limit: keyof PlanInput['limits'];
  scale: number;
}> = [
  { label: 'Users', id: 'users', name: 'maxUsers', limit: 'maxUsers', scale: 1 },
  { label: 'Practices', id: 'practices', name: 'maxPractices', limit: 'maxPractices', scale: 1 },
  { label: 'Patients', id: 'patients', name: 'maxPatients', limit: 'maxPatients', scale: 1 },
  { label: 'Storage (GB)', id: 'storage', name: 'maxStorageGb', limit: 'maxStorageBytes', scale: GB },
];

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
  // Controlled, because the trigger of an edit names its plan for screen readers ("Edit Basic").
  const [open, setOpen] = useState(false);
  const mutation = useMutation();
  // Format mistakes are caught here with a plain message; everything else is the API's to judge.
  const [localFields, setLocalFields] = useState<Record<string, string>>({});
  const idPrefix = plan ? `plan-form-${plan.code}` : 'plan-form-new';

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const text = (key: string) => formText(form, key);
    const body = {
      ...(plan ? {} : { code: text('code').trim() }),
      name: text('name').trim(),
      description: text('description').trim(),
      priceMinor: toMinor(text('price')),
      currency: text('currency').trim(),
      interval: text('interval'),
      limits: Object.fromEntries(
        LIMIT_FIELDS.map((field) => [field.limit, toLimit(text(field.name), field.scale)]),
      ) as Record<keyof PlanInput['limits'], number | null | string>,
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
      ? await mutation.run('PATCH', `/api/owner/plans/${plan.code}`, body, {
          success: `${body.name} was saved.`,
        })
      : await mutation.run('POST', '/api/owner/plans', body, { success: `${body.name} was created.` });
    if (saved.ok) close();
  }

  return (
    <>
      <Button
        variant={triggerVariant}
        size={plan ? 'sm' : 'md'}
        aria-label={plan ? `Edit ${plan.name}` : undefined}
        onClick={() => {
          mutation.reset();
          setLocalFields({});
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      <FormDialog
        open={open}
        onOpenChange={setOpen}
        title={plan ? `Edit ${plan.name}` : 'New plan'}
        submitLabel={plan ? 'Save plan' : 'Create plan'}
        status={mutation}
        fieldErrors={localFields}
        onSubmit={onSubmit}
      >
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {plan ? null : (
            <TextField
              label="Code"
              id={`${idPrefix}-code`}
              name="code"
              required
              minLength={L.planCode.min}
              maxLength={L.planCode.max}
              spellCheck={false}
              autoCapitalize="none"
              hint="e.g. premium; cannot be changed later."
              className="font-mono"
            />
          )}
          <TextField
            label="Name"
            id={`${idPrefix}-name`}
            name="name"
            defaultValue={plan?.name}
            required
            maxLength={L.planName.max}
          />
          <TextField
            label="Price"
            id={`${idPrefix}-price`}
            name="price"
            errorKey="priceMinor"
            inputMode="decimal"
            defaultValue={plan ? (plan.priceMinor / 100).toFixed(2) : ''}
            required
            hint="e.g. 49.00"
          />
          <TextField
            label="Currency"
            id={`${idPrefix}-currency`}
            name="currency"
            defaultValue={plan?.currency ?? 'USD'}
            minLength={L.currency.max}
            maxLength={L.currency.max}
            required
          />
          <SelectField
            label="Billed"
            id={`${idPrefix}-interval`}
            name="interval"
            defaultValue={plan?.interval ?? 'MONTH'}
          >
            <option value="MONTH">Monthly</option>
            <option value="YEAR">Yearly</option>
          </SelectField>
        </div>
        <TextareaField
          label="Description"
          id={`${idPrefix}-description`}
          name="description"
          rows={2}
          maxLength={L.planDescription.max}
          defaultValue={plan?.description}
        />
        <Fieldset legend="Limits" description="Leave a limit empty for unlimited.">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {LIMIT_FIELDS.map((field) => (
              <TextField
                key={field.name}
                label={field.label}
                id={`${idPrefix}-${field.id}`}
                name={field.name}
                errorKey={`limits.${field.limit}`}
                inputMode={field.scale === 1 ? 'numeric' : 'decimal'}
                defaultValue={limitText(plan?.limits[field.limit], field.scale)}
              />
            ))}
          </div>
        </Fieldset>
        <TextField
          label="Features"
          id={`${idPrefix}-features`}
          name="features"
          defaultValue={plan?.features.join(', ')}
          hint={`Comma-separated, from: ${PLAN_FEATURE_KEYS.join(', ')}`}
        />
        <CheckboxField
          id={`${idPrefix}-active`}
          name="isActive"
          defaultChecked={plan?.isActive ?? true}
          label="Offered for new subscriptions"
        />
      </FormDialog>
    </>
  );
}
