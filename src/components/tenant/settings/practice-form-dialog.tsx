'use client';

import { TextField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers, type FormDialogTriggerProps } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';
import { type PracticeView } from '@/server/tenant/pages/view-types';

/** Adds or edits a practice: contact details and the time zone its calendar runs in. */
export function PracticeFormDialog({
  practice,
  defaultTimezone = 'UTC',
  ...trigger
}: {
  practice?: PracticeView;
  /** For a new practice: the zone of the existing ones, as clinics rarely span zones. */
  defaultTimezone?: string;
} & FormDialogTriggerProps) {
  const mutation = useMutation();

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const text = (name: string) => formText(form, name);
    const body = {
      name: text('name'),
      address: text('address'),
      phone: text('phone'),
      email: text('email'),
      timezone: text('timezone'),
    };
    const result = practice
      ? await mutation.run('PATCH', `/api/practices/${practice.id}`, body, {
          success: 'Practice updated.',
        })
      : await mutation.run('POST', '/api/practices', body, {
          success: `${body.name} added.`,
        });
    if (result.ok) close();
  }

  return (
    <FormDialog
      {...trigger}
      triggerSize={practice ? 'sm' : 'md'}
      title={practice ? `Edit ${practice.name}` : 'Add a practice'}
      submitLabel={practice ? 'Save changes' : 'Add practice'}
      status={mutation}
      onSubmit={onSubmit}
    >
      <TextField label="Name" name="name" maxLength={200} required defaultValue={practice?.name} />
      <TextField label="Address" name="address" maxLength={500} defaultValue={practice?.address ?? ''} />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Phone"
          name="phone"
          maxLength={40}
          type="tel"
          defaultValue={practice?.phone ?? ''}
        />
        <TextField
          label="Email"
          name="email"
          maxLength={254}
          type="email"
          defaultValue={practice?.email ?? ''}
        />
      </div>
      <TextField
        label="Time zone"
        name="timezone"
        maxLength={64}
        required
        defaultValue={practice?.timezone ?? defaultTimezone}
        hint="IANA name, e.g. Europe/London or America/New_York. The calendar shows this zone's clock."
      />
    </FormDialog>
  );
}
