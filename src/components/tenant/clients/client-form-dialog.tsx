'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField, TextareaField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { ClientView } from '@/server/tenant/clients/clients.schema';
import { fieldError, formError } from '../api-client';
import { useMutation } from '../use-mutation';
import { formText } from '../form-data';

const SHOWN = ['practiceId', 'name', 'email', 'phone', 'address', 'communicationConsent', 'notes'];

/** Registers a pet owner, or edits one; consent to be contacted is recorded with its date by the server. */
export function ClientFormDialog({
  client,
  practices,
  triggerLabel,
  triggerVariant = 'primary',
}: {
  client?: ClientView;
  practices: Array<{ id: string; name: string }>;
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
}) {
  const router = useRouter();
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [open, setOpen] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
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
      ? await run<{ id: string }>('PATCH', `/api/clients/${client.id}`, body)
      : await run<{ id: string }>('POST', '/api/clients', {
          practiceId: text('practiceId') || practices[0]?.id,
          ...body,
        });
    if (!result.ok) return;
    setOpen(false);
    notify(client ? 'Client updated.' : `${body.name} registered.`);
    if (!client) router.push(`/clients/${result.data.id}`);
  }

  return (
    <>
      <Button
        variant={triggerVariant}
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
        title={client ? `Edit ${client.name}` : 'Register a client'}
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError(error, SHOWN) ? <Alert tone="danger">{formError(error, SHOWN)}</Alert> : null}
          {!client && practices.length > 1 ? (
            <SelectField label="Home practice" name="practiceId" error={fieldError(error, 'practiceId')}>
              {practices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          <TextField
            label="Full name"
            name="name"
            required
            defaultValue={client?.name}
            error={fieldError(error, 'name')}
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label="Email"
              name="email"
              type="email"
              defaultValue={client?.email ?? ''}
              error={fieldError(error, 'email')}
            />
            <TextField
              label="Phone"
              name="phone"
              type="tel"
              defaultValue={client?.phone ?? ''}
              error={fieldError(error, 'phone')}
            />
          </div>
          <TextField
            label="Address"
            name="address"
            defaultValue={client?.address ?? ''}
            error={fieldError(error, 'address')}
          />
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="communicationConsent"
              defaultChecked={client?.communicationConsent}
              className="size-4 accent-brand-600"
            />
            Agrees to reminders and messages
          </label>
          <TextareaField
            label="Notes"
            name="notes"
            rows={2}
            defaultValue={client?.notes ?? ''}
            error={fieldError(error, 'notes')}
          />
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              {client ? 'Save changes' : 'Register client'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
