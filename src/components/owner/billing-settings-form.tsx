'use client';

import { CheckboxField, TextareaField, TextField } from '@/components/ui/fields';
import { SettingsSectionForm } from './settings-section-form';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

type BillingSettings = {
  taxRatePercent: number;
  billingGraceDays: number;
  autoSuspendForNonPayment: boolean;
  paymentTermsDays: number;
  operatorName: string | null;
  operatorAddress: string | null;
  operatorTaxId: string | null;
  billingEmail: string | null;
};

/** Tax, payment terms, dunning and the operator details printed on invoices. */
export function BillingSettingsForm({
  settings,
  editable,
}: {
  settings: BillingSettings;
  editable: boolean;
}) {
  return (
    <SettingsSectionForm
      title="Tax and billing"
      description="Apply to invoices issued from now on."
      submitLabel="Save billing settings"
      success="Billing settings saved."
      editable={editable}
      toBody={(text, form) => ({
        taxRatePercent: Number(text('taxRatePercent').replace(',', '.')),
        paymentTermsDays: Number(text('paymentTermsDays')),
        billingGraceDays: Number(text('billingGraceDays')),
        autoSuspendForNonPayment: form.get('autoSuspendForNonPayment') === 'on',
        operatorName: text('operatorName') || null,
        operatorAddress: text('operatorAddress') || null,
        operatorTaxId: text('operatorTaxId') || null,
        billingEmail: text('billingEmail') || null,
      })}
    >
      <TextField
        label="Tax rate (%)"
        name="taxRatePercent"
        inputMode="decimal"
        required
        defaultValue={String(settings.taxRatePercent)}
        hint="e.g. VAT; 0 for none."
      />
      <TextField
        label="Payment terms (days)"
        name="paymentTermsDays"
        inputMode="numeric"
        required
        defaultValue={String(settings.paymentTermsDays)}
      />
      <TextField
        label="Grace period before suspension (days)"
        name="billingGraceDays"
        inputMode="numeric"
        required
        defaultValue={String(settings.billingGraceDays)}
      />
      <CheckboxField
        name="autoSuspendForNonPayment"
        defaultChecked={settings.autoSuspendForNonPayment}
        label="Suspend clinics automatically after the grace period"
        hint="They come back as soon as the invoice is paid."
      />
      <TextField
        label="Operator legal name"
        name="operatorName"
        maxLength={L.operatorName.max}
        defaultValue={settings.operatorName ?? ''}
      />
      <TextareaField
        label="Operator address"
        name="operatorAddress"
        rows={3}
        maxLength={L.operatorAddress.max}
        defaultValue={settings.operatorAddress ?? ''}
      />
      <TextField
        label="Operator tax id"
        name="operatorTaxId"
        maxLength={L.operatorTaxId.max}
        defaultValue={settings.operatorTaxId ?? ''}
      />
      <TextField
        label="Billing contact e-mail"
        name="billingEmail"
        type="email"
        maxLength={L.email.max}
        defaultValue={settings.billingEmail ?? ''}
        hint="Shown to clinics suspended for non-payment."
      />
    </SettingsSectionForm>
  );
}
