'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField, TextareaField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { fieldError, formError } from '../api-client';
import { formatQuantity } from '../format';
import { useMutation } from '../use-mutation';
import { formText } from '../form-data';

export type DrugOption = {
  id: string;
  name: string;
  sku: string;
  unit: string;
  quantityOnHand: number;
  controlledSchedule: string | null;
};

const ROUTES = [
  'Oral',
  'Topical',
  'Subcutaneous',
  'Intramuscular',
  'Intravenous',
  'Ophthalmic',
  'Otic',
  'Buccal',
  'Inhaled',
  'Rectal',
];
const SHOWN = [
  'inventoryItemId',
  'strength',
  'dose',
  'route',
  'frequency',
  'durationDays',
  'quantity',
  'refills',
  'instructions',
];

/** Prescribes a stocked drug to a patient (optionally from a medical record); refill limits follow the schedule. */
export function PrescribeDialog({
  patient,
  medicalRecordId,
  drugs,
}: {
  patient: { id: string; name: string };
  medicalRecordId?: string;
  drugs: DrugOption[];
}) {
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [open, setOpen] = useState(false);
  const [drugId, setDrugId] = useState(drugs[0]?.id ?? '');
  const drug = useMemo(() => drugs.find((d) => d.id === drugId), [drugs, drugId]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const duration = formText(form, 'durationDays').trim();
    const result = await run('POST', '/api/prescriptions', {
      patientId: patient.id,
      inventoryItemId: drugId,
      ...(medicalRecordId ? { medicalRecordId } : {}),
      strength: formText(form, 'strength'),
      dose: formText(form, 'dose'),
      route: formText(form, 'route'),
      frequency: formText(form, 'frequency'),
      durationDays: duration === '' ? null : Number(duration),
      quantity: Number(form.get('quantity')),
      refills: Number(form.get('refills') || 0),
      instructions: formText(form, 'instructions'),
    });
    if (result.ok) {
      notify(`Prescribed ${drug?.name ?? 'the drug'} to ${patient.name}.`);
      setOpen(false);
    }
  }

  return (
    <>
      <Button
        onClick={() => {
          reset();
          setOpen(true);
        }}
        disabled={drugs.length === 0}
        title={drugs.length === 0 ? 'No stocked drug at this practice' : undefined}
      >
        Prescribe
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)} title={`Prescribe for ${patient.name}`}>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {formError(error, SHOWN) ? <Alert tone="danger">{formError(error, SHOWN)}</Alert> : null}
          <SelectField
            label="Drug"
            name="inventoryItemId"
            value={drugId}
            onChange={(e) => setDrugId(e.target.value)}
            error={fieldError(error, 'inventoryItemId')}
          >
            {drugs.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({formatQuantity(d.quantityOnHand, d.unit)} in stock
                {d.controlledSchedule ? `, schedule ${d.controlledSchedule}` : ''})
              </option>
            ))}
          </SelectField>
          {drug?.controlledSchedule ? (
            <Alert tone="warning">
              Controlled substance, schedule {drug.controlledSchedule}:{' '}
              {drug.controlledSchedule === 'II' ? 'no refills allowed.' : 'at most 5 refills.'} Every dispense
              is logged.
            </Alert>
          ) : null}
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label="Strength"
              name="strength"
              placeholder="e.g. 75 mg"
              error={fieldError(error, 'strength')}
            />
            <TextField
              label="Dose"
              name="dose"
              placeholder="e.g. 1 tablet"
              required
              error={fieldError(error, 'dose')}
            />
            <SelectField label="Route" name="route" defaultValue="Oral" error={fieldError(error, 'route')}>
              {ROUTES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </SelectField>
            <TextField
              label="Frequency"
              name="frequency"
              placeholder="e.g. Twice daily"
              required
              error={fieldError(error, 'frequency')}
            />
            <TextField
              label="Duration (days)"
              name="durationDays"
              type="number"
              min={1}
              error={fieldError(error, 'durationDays')}
            />
            <TextField
              label={`Quantity${drug ? ` (${drug.unit})` : ''}`}
              name="quantity"
              type="number"
              min={0.001}
              step="any"
              required
              error={fieldError(error, 'quantity')}
            />
            <TextField
              label="Refills"
              name="refills"
              type="number"
              min={0}
              max={drug?.controlledSchedule === 'II' ? 0 : 99}
              defaultValue={0}
              error={fieldError(error, 'refills')}
            />
          </div>
          <TextareaField
            label="Instructions for the owner"
            name="instructions"
            rows={2}
            error={fieldError(error, 'instructions')}
          />
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Saving…">
              Save prescription
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
