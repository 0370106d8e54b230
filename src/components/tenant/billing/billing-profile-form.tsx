'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { TextareaField, TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { Alert } from '@/components/ui/alert';
import { useMutation } from '@/components/ui/use-mutation';

type Profile = {
  legalName: string | null;
  address: string | null;
  taxId: string | null;
  billingEmail: string | null;
};

/** The clinic admin's billing profile: who invoices are made out and mailed to. */
export function BillingProfileForm({ profile }: { profile: Profile }) {
  // Nothing else on the page shows the profile, so there is nothing to refresh; the saved note says it worked.
  const { run, pending, error } = useMutation({ refresh: false });
  const [saved, setSaved] = useState(false);

  async function onSubmit(form: FormData) {
    setSaved(false);
    const text = (key: string) => formText(form, key).trim() || null;
    const result = await run('PUT', '/api/billing/profile', {
      legalName: text('legalName'),
      address: text('address'),
      taxId: text('taxId'),
      billingEmail: text('billingEmail'),
    });
    setSaved(result.ok);
  }

  return (
    <Form error={error} onSubmit={onSubmit}>
      <Card>
        <CardHeader title="Billing profile" description="Copied into every invoice issued from now on." />
        <CardBody className="space-y-4">
          <FormAlert />
          {saved ? <Alert tone="success">Billing profile saved.</Alert> : null}
          <TextField
            label="Legal name"
            name="legalName"
            maxLength={200}
            defaultValue={profile.legalName ?? ''}
          />
          <TextareaField
            label="Address"
            name="address"
            maxLength={500}
            rows={3}
            defaultValue={profile.address ?? ''}
          />
          <TextField
            label="Tax id"
            name="taxId"
            maxLength={100}
            defaultValue={profile.taxId ?? ''}
            hint="e.g. VAT number"
          />
          <TextField
            label="Billing e-mail"
            name="billingEmail"
            maxLength={254}
            type="email"
            defaultValue={profile.billingEmail ?? ''}
            hint="Invoices and reminders are mailed here."
          />
        </CardBody>
        <CardFooter>
          <Button type="submit" pending={pending} pendingLabel="Saving…">
            Save billing profile
          </Button>
        </CardFooter>
      </Card>
    </Form>
  );
}
