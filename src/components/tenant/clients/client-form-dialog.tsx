'use client';

import { useRouter } from 'next/navigation';
import { CheckboxField, TextField, TextareaField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers, type FormDialogTriggerProps } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { type ClientView } from '@/server/tenant/pages/view-types';
import { PracticeField } from '../practice-field';
import { useMutation } from '@/components/ui/use-mutation';

/** Registers a pet owner, or edits one; consent to be contacted is recorded with its date by the server. */
export function ClientFormDialog({
  client,
  practices,
  ...trigger
}: { client?: ClientView; practices: Array<{ id: string; name: string }> } & FormDialogTriggerProps) {
  const router = useRouter();
  const mutation = useMutation();

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const text = (name: string) => formText(form, name);
    const body = {
      name: text('name'),
      email: text('email'),
      phone: text('phone'),
      address: text('address'),
      communicationConsent: form.get('communicationConsent') === 'on',
      notes: text('notes'),
    };
    const result = client
      ? await mutation.run<{ id: string }>('PATCH', `/api/clients/${client.id}`, body, {
          success: 'Client updated.',
        })
      : await mutation.run<{ id: string }>(
          'POST',
          '/api/clients',
          {
            practiceId: text('practiceId') || practices[0]?.id,
            ...body,
          },
          { success: `${body.name} registered.` },
        );
    if (!result.ok) return;
    close();
    if (!client) router.push(`/clients/${result.data.id}`);
  }

  return (
    <FormDialog
      {...trigger}
      title={client ? `Edit ${client.name}` : 'Register a client'}
      submitLabel={client ? 'Save changes' : 'Register client'}
      status={mutation}
      onSubmit={onSubmit}
    >
      {client ? null : <PracticeField practices={practices} label="Home practice" />}
      <TextField label="Full name" name="name" maxLength={200} required defaultValue={client?.name} />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Email"
          name="email"
          maxLength={254}
          type="email"
          defaultValue={client?.email ?? ''}
        />
        <TextField label="Phone" name="phone" maxLength={40} type="tel" defaultValue={client?.phone ?? ''} />
      </div>
      <TextField label="Address" name="address" maxLength={500} defaultValue={client?.address ?? ''} />
      <CheckboxField
        name="communicationConsent"
        label="Agrees to reminders and messages"
        defaultChecked={client?.communicationConsent}
      />
      <TextareaField
        label="Notes"
        name="notes"
        maxLength={4000}
        rows={2}
        defaultValue={client?.notes ?? ''}
      />
    </FormDialog>
  );
}
