'use client';

import { formText } from '@/components/ui/form-data';
import { type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { SelectField, TextareaField, TextField } from '@/components/ui/input';
import { useApiAction } from './use-api-action';

type Settings = {
  supportEmail: string | null;
  signupsOpen: boolean;
  defaultPlanCode: string;
  maintenanceBanner: string | null;
};

export function SettingsForm({
  settings,
  plans,
  editable,
}: {
  settings: Settings;
  plans: Array<{ code: string; name: string }>;
  editable: boolean;
}) {
  const { run, pending, failure } = useApiAction();
  const fields = failure?.fields ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => formText(form, key).trim();
    await run(
      'PUT',
      '/api/owner/settings',
      {
        supportEmail: text('supportEmail') || null,
        signupsOpen: form.get('signupsOpen') === 'on',
        defaultPlanCode: text('defaultPlanCode'),
        maintenanceBanner: text('maintenanceBanner') || null,
      },
      'Settings saved.',
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Card>
        <CardHeader title="System settings" description="Apply to the whole platform." />
        <CardBody>
          {failure && Object.keys(fields).length === 0 ? (
            <Alert tone="danger" className="mb-4">
              {failure.message}
            </Alert>
          ) : null}
          <fieldset disabled={!editable} className="space-y-4">
            <TextField
              label="Support email"
              name="supportEmail"
              type="email"
              defaultValue={settings.supportEmail ?? ''}
              hint="Shown to clinics as their support contact."
              error={fields.supportEmail}
            />
            <SelectField
              label="Default plan for new tenants"
              name="defaultPlanCode"
              defaultValue={settings.defaultPlanCode}
              error={fields.defaultPlanCode}
            >
              {plans.map((plan) => (
                <option key={plan.code} value={plan.code}>
                  {plan.name}
                </option>
              ))}
            </SelectField>
            <TextareaField
              label="Maintenance banner"
              name="maintenanceBanner"
              rows={2}
              defaultValue={settings.maintenanceBanner ?? ''}
              hint="Shown at the top of every clinic site. Leave empty for none."
              error={fields.maintenanceBanner}
            />
            <Checkbox
              id="signupsOpen"
              name="signupsOpen"
              defaultChecked={settings.signupsOpen}
              label="Clinics may sign themselves up"
              hint="Otherwise only an owner creates tenants."
            />
          </fieldset>
        </CardBody>
        {editable ? (
          <CardFooter>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Save settings
            </Button>
          </CardFooter>
        ) : null}
      </Card>
    </form>
  );
}
