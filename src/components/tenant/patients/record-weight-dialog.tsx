'use client';

import { TextField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';

/** Adds a weighing to the patient's weight history (now, in kilograms). */
export function RecordWeightDialog({ patientId }: { patientId: string }) {
  const mutation = useMutation();

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const result = await mutation.run(
      'POST',
      `/api/patients/${patientId}/weights`,
      {
        weightKg: Number(form.get('weightKg')),
        note: formText(form, 'note'),
      },
      { success: 'Weight recorded.' },
    );
    if (result.ok) close();
  }

  return (
    <FormDialog
      triggerLabel="Record weight"
      triggerVariant="secondary"
      title="Record weight"
      submitLabel="Save weight"
      status={mutation}
      onSubmit={onSubmit}
    >
      <TextField
        label="Weight (kg)"
        name="weightKg"
        type="number"
        min={0.001}
        step="0.001"
        required
        autoFocus
      />
      <TextField label="Note" name="note" maxLength={500} placeholder="e.g. After fasting" />
    </FormDialog>
  );
}
