'use client';

import { formText } from '@/components/ui/form-data';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { CheckboxField, TextareaField, TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { FormAlert } from '@/components/ui/form-errors';
import { useApiAction } from './use-api-action';

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
  const { run, pending, failure } = useApiAction();

  async function onSubmit(form: FormData) {
    const text = (key: string) => formText(form, key).trim();
    await run(
      'PUT',
      '/api/owner/settings',
      {
        taxRatePercent: Number(text('taxRatePercent').replace(',', '.')),
        paymentTermsDays: Number(text('paymentTermsDays')),
        billingGraceDays: Number(text('billingGraceDays')),
        autoSuspendForNonPayment: form.get('autoSuspendForNonPayment') === 'on',
        operatorName: text('operatorName') || null,
        operatorAddress: text('operatorAddress') || null,
        operatorTaxId: text('operatorTaxId') || null,
        billingEmail: text('billingEmail') || null,
      },
      'Billing settings saved.',
    );
  }

  return (
    <Form error={failure} onSubmit={onSubmit}>
      <Card>
        <CardHeader title="Tax and billing" description="Apply to invoices issued from now on." />
        <CardBody>
          <FormAlert className="mb-4" />
          <fieldset disabled={!editable} className="space-y-4">
            <TextField
              label="Tax rate (%)"
              name="taxRatePercent"
              inputMode="decimal"
              defaultValue={String(settings.taxRatePercent)}
              hint="e.g. VAT; 0 for none."
            />
            <TextField
              label="Payment terms (days)"
              name="paymentTermsDays"
              inputMode="numeric"
              defaultValue={String(settings.paymentTermsDays)}
            />
            <TextField
              label="Grace period before suspension (days)"
              name="billingGraceDays"
              inputMode="numeric"
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
              defaultValue={settings.operatorName ?? ''}
            />
            <TextareaField
              label="Operator address"
              name="operatorAddress"
              rows={3}
              defaultValue={settings.operatorAddress ?? ''}
            />
            <TextField
              label="Operator tax id"
              name="operatorTaxId"
              defaultValue={settings.operatorTaxId ?? ''}
            />
            <TextField
              label="Billing contact e-mail"
              name="billingEmail"
              type="email"
              defaultValue={settings.billingEmail ?? ''}
              hint="Shown to clinics suspended for non-payment."
            />
          </fieldset>
        </CardBody>
        {editable ? (
          <CardFooter>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Save billing settings
            </Button>
          </CardFooter>
        ) : null}
      </Card>
    </Form>
  );
}
