'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { PracticeView } from '@/server/tenant/practices/practices.schema';
import { fieldError, formError } from '../api-client';
import { useMutation } from '../use-mutation';
import { formText } from '../form-data';

const SHOWN = ['name', 'address', 'phone', 'email', 'timezone'];

/** Adds or edits a practice: contact details and the time zone its calendar runs in. */
export function PracticeFormDialog({
  practice,
  defaultTimezone = 'UTC',
  triggerLabel,
  triggerVariant = 'primary',
}: {
  practice?: PracticeView;
  /** For a new practice: the zone of the existing ones, as clinics rarely span zones. */
  defaultTimezone?: string;
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
}) {
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [open, setOpen] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => formText(form, name);
    const body = {
      name: text('name'),
      address: text('address'),
      phone: text('phone'),
      email: text('email'),
      timezone: text('timezone'),
    };
    const result = practice
      ? await run('PATCH', `/api/practices/${practice.id}`, body)
      : await run('POST', '/api/practices', body);
    if (result.ok) {
      notify(practice ? 'Practice updated.' : `${body.name} added.`);
      setOpen(false);
    }
  }

  return (
    <>
      <Button
        variant={triggerVariant}
        size={practice ? 'sm' : 'md'}
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        title={practice ? `Edit ${practice.name}` : 'Add a practice'}
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError(error, SHOWN) ? <Alert tone="danger">{formError(error, SHOWN)}</Alert> : null}
          <TextField
            label="Name"
            name="name"
            required
            defaultValue={practice?.name}
            error={fieldError(error, 'name')}
          />
          <TextField
            label="Address"
            name="address"
            defaultValue={practice?.address ?? ''}
            error={fieldError(error, 'address')}
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label="Phone"
              name="phone"
              type="tel"
              defaultValue={practice?.phone ?? ''}
              error={fieldError(error, 'phone')}
            />
            <TextField
              label="Email"
              name="email"
              type="email"
              defaultValue={practice?.email ?? ''}
              error={fieldError(error, 'email')}
            />
          </div>
          <TextField
            label="Time zone"
            name="timezone"
            required
            defaultValue={practice?.timezone ?? defaultTimezone}
            hint="IANA name, e.g. Europe/London or America/New_York. The calendar shows this zone's clock."
            error={fieldError(error, 'timezone')}
          />
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              {practice ? 'Save changes' : 'Add practice'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
