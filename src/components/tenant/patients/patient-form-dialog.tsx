'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField, TextareaField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { PatientView } from '@/server/tenant/patients/patients.schema';
import { fieldError, formError } from '../api-client';
import { useMutation } from '../use-mutation';
import { formText } from '../form-data';

const SPECIES = ['Dog', 'Cat', 'Rabbit', 'Bird', 'Guinea pig', 'Ferret', 'Horse', 'Reptile', 'Hamster'];
const SHOWN = [
  'name',
  'species',
  'breed',
  'sex',
  'neutered',
  'dateOfBirth',
  'colour',
  'microchip',
  'allergies',
  'alerts',
  'status',
];

/** Registers a patient for a client, or edits one (status included: deceased / inactive). */
export function PatientFormDialog({
  clientId,
  patient,
  triggerLabel,
  triggerVariant = 'primary',
}: {
  clientId: string;
  patient?: PatientView;
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
      species: text('species'),
      breed: text('breed'),
      sex: text('sex'),
      neutered: form.get('neutered') === 'on',
      dateOfBirth: text('dateOfBirth') || null,
      colour: text('colour'),
      microchip: text('microchip'),
      allergies: text('allergies'),
      alerts: text('alerts'),
      ...(patient ? { status: text('status') } : {}),
    };
    const result = patient
      ? await run<{ id: string }>('PATCH', `/api/patients/${patient.id}`, body)
      : await run<{ id: string }>('POST', '/api/patients', { clientId, ...body });
    if (!result.ok) return;
    setOpen(false);
    notify(patient ? 'Patient updated.' : `${body.name} registered.`);
    if (!patient) router.push(`/patients/${result.data.id}`);
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
        title={patient ? `Edit ${patient.name}` : 'Register a patient'}
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError(error, SHOWN) ? <Alert tone="danger">{formError(error, SHOWN)}</Alert> : null}
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label="Name"
              name="name"
              required
              defaultValue={patient?.name}
              error={fieldError(error, 'name')}
            />
            <TextField
              label="Species"
              name="species"
              required
              list="species-options"
              defaultValue={patient?.species}
              error={fieldError(error, 'species')}
            />
            <datalist id="species-options">
              {SPECIES.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            <TextField
              label="Breed"
              name="breed"
              defaultValue={patient?.breed ?? ''}
              error={fieldError(error, 'breed')}
            />
            <TextField
              label="Colour"
              name="colour"
              defaultValue={patient?.colour ?? ''}
              error={fieldError(error, 'colour')}
            />
            <SelectField
              label="Sex"
              name="sex"
              defaultValue={patient?.sex ?? 'UNKNOWN'}
              error={fieldError(error, 'sex')}
            >
              <option value="FEMALE">Female</option>
              <option value="MALE">Male</option>
              <option value="UNKNOWN">Unknown</option>
            </SelectField>
            <TextField
              label="Date of birth"
              name="dateOfBirth"
              type="date"
              defaultValue={patient?.dateOfBirth ?? ''}
              error={fieldError(error, 'dateOfBirth')}
            />
          </div>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="neutered"
              defaultChecked={patient?.neutered}
              className="size-4 accent-brand-600"
            />
            Neutered / spayed
          </label>
          <TextField
            label="Microchip"
            name="microchip"
            defaultValue={patient?.microchip ?? ''}
            error={fieldError(error, 'microchip')}
          />
          <TextareaField
            label="Allergies"
            name="allergies"
            rows={2}
            defaultValue={patient?.allergies ?? ''}
            error={fieldError(error, 'allergies')}
          />
          <TextareaField
            label="Alerts for staff"
            name="alerts"
            rows={2}
            hint="Shown prominently, e.g. “bites when restrained”."
            defaultValue={patient?.alerts ?? ''}
            error={fieldError(error, 'alerts')}
          />
          {patient ? (
            <SelectField
              label="Status"
              name="status"
              defaultValue={patient.status}
              error={fieldError(error, 'status')}
            >
              <option value="ACTIVE">Active</option>
              <option value="INACTIVE">Inactive</option>
              <option value="DECEASED">Deceased</option>
            </SelectField>
          ) : null}
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              {patient ? 'Save changes' : 'Register patient'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
