'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { fieldError, formError } from '../api-client';
import { useMutation } from '../use-mutation';
import { formText } from '../form-data';

/** Adds a weighing to the patient's weight history (now, in kilograms). */
export function RecordWeightDialog({ patientId }: { patientId: string }) {
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [open, setOpen] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await run('POST', `/api/patients/${patientId}/weights`, {
      weightKg: Number(form.get('weightKg')),
      note: formText(form, 'note'),
    });
    if (result.ok) {
      notify('Weight recorded.');
      setOpen(false);
    }
  }

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        Record weight
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} title="Record weight">
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError(error, ['weightKg', 'note']) ? (
            <Alert tone="danger">{formError(error, ['weightKg', 'note'])}</Alert>
          ) : null}
          <TextField
            label="Weight (kg)"
            name="weightKg"
            type="number"
            min={0.001}
            step="0.001"
            required
            autoFocus
            error={fieldError(error, 'weightKg')}
          />
          <TextField
            label="Note"
            name="note"
            maxLength={500}
            placeholder="e.g. After fasting"
            error={fieldError(error, 'note')}
          />
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Save weight
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
