'use client';

import { CheckboxField, SelectField, TextareaField, TextField } from '@/components/ui/fields';
import { SettingsSectionForm } from './settings-section-form';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

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
  return (
    <SettingsSectionForm
      title="System settings"
      description="Apply to the whole platform."
      submitLabel="Save settings"
      success="Settings saved."
      editable={editable}
      toBody={(text, form) => ({
        supportEmail: text('supportEmail') || null,
        signupsOpen: form.get('signupsOpen') === 'on',
        defaultPlanCode: text('defaultPlanCode'),
        maintenanceBanner: text('maintenanceBanner') || null,
      })}
    >
      <TextField
        label="Support email"
        name="supportEmail"
        type="email"
        maxLength={L.email.max}
        defaultValue={settings.supportEmail ?? ''}
        hint="Shown to clinics as their support contact."
      />
      <SelectField
        label="Default plan for new tenants"
        name="defaultPlanCode"
        defaultValue={settings.defaultPlanCode}
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
        maxLength={L.maintenanceBanner.max}
        defaultValue={settings.maintenanceBanner ?? ''}
        hint="Shown at the top of every clinic site. Leave empty for none."
      />
      <CheckboxField
        name="signupsOpen"
        defaultChecked={settings.signupsOpen}
        label="Clinics may sign themselves up"
        hint="Opens a public sign-up page at /signup on the main address; new clinics get the default plan (at most 3 sign-ups per address an hour). Otherwise only an owner creates tenants."
      />
    </SettingsSectionForm>
  );
}
