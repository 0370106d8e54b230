'use client';

import { useRouter } from 'next/navigation';
import { COMMON_SPECIES, type PatientSex, type PatientStatus } from '@/lib/domain/tenant/patients';
import { CheckboxField, DateField, SelectField, TextField, TextareaField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers, type FormDialogTriggerProps } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';
import { type PatientView } from '@/server/tenant/pages/view-types';

// Typed by the domain lists, so a new sex or status cannot be left out of the form.
const SEX_LABELS: Record<PatientSex, string> = { FEMALE: 'Female', MALE: 'Male', UNKNOWN: 'Unknown' };
const STATUS_LABELS: Record<PatientStatus, string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  DECEASED: 'Deceased',
};

/** Registers a patient for a client, or edits one (status included: deceased / inactive). */
export function PatientFormDialog({
  clientId,
  patient,
  ...trigger
}: { clientId: string; patient?: PatientView } & FormDialogTriggerProps) {
  const router = useRouter();
  const mutation = useMutation();

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
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
      ? await mutation.run<{ id: string }>('PATCH', `/api/patients/${patient.id}`, body, {
          success: 'Patient updated.',
        })
      : await mutation.run<{ id: string }>(
          'POST',
          '/api/patients',
          { clientId, ...body },
          { success: `${body.name} registered.` },
        );
    if (!result.ok) return;
    close();
    if (!patient) router.push(`/patients/${result.data.id}`);
  }

  return (
    <FormDialog
      {...trigger}
      title={patient ? `Edit ${patient.name}` : 'Register a patient'}
      submitLabel={patient ? 'Save changes' : 'Register patient'}
      status={mutation}
      onSubmit={onSubmit}
    >
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Name" name="name" maxLength={120} required defaultValue={patient?.name} />
        <TextField
          label="Species"
          name="species"
          maxLength={60}
          required
          list="species-options"
          defaultValue={patient?.species}
        />
        <datalist id="species-options">
          {COMMON_SPECIES.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <TextField label="Breed" name="breed" maxLength={120} defaultValue={patient?.breed ?? ''} />
        <TextField label="Colour" name="colour" maxLength={120} defaultValue={patient?.colour ?? ''} />
        <SelectField label="Sex" name="sex" defaultValue={patient?.sex ?? 'UNKNOWN'}>
          {Object.entries(SEX_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <DateField label="Date of birth" name="dateOfBirth" defaultValue={patient?.dateOfBirth ?? ''} />
      </div>
      <CheckboxField name="neutered" label="Neutered / spayed" defaultChecked={patient?.neutered} />
      <TextField label="Microchip" name="microchip" maxLength={64} defaultValue={patient?.microchip ?? ''} />
      <TextareaField
        label="Allergies"
        name="allergies"
        maxLength={2000}
        rows={2}
        defaultValue={patient?.allergies ?? ''}
      />
      <TextareaField
        label="Alerts for staff"
        name="alerts"
        maxLength={2000}
        rows={2}
        hint="Shown prominently, e.g. “bites when restrained”."
        defaultValue={patient?.alerts ?? ''}
      />
      {patient ? (
        <SelectField label="Status" name="status" defaultValue={patient.status}>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      ) : null}
    </FormDialog>
  );
}
