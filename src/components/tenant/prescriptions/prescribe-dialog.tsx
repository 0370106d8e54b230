'use client';

import { useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextField, TextareaField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { formatQuantity } from '../format';
import { useMutation } from '@/components/ui/use-mutation';
import { type DrugOption } from '@/server/tenant/pages/view-types';

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
  const mutation = useMutation();
  const [drugId, setDrugId] = useState(drugs[0]?.id ?? '');
  const drug = useMemo(() => drugs.find((d) => d.id === drugId), [drugs, drugId]);
  const [quantity, setQuantity] = useState('');
  const overStock = drug !== undefined && Number(quantity) > drug.quantityOnHand;

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const duration = formText(form, 'durationDays').trim();
    const result = await mutation.run(
      'POST',
      '/api/prescriptions',
      {
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
      },
      { success: `Prescribed ${drug?.name ?? 'the drug'} to ${patient.name}.` },
    );
    if (result.ok) close();
  }

  return (
    <FormDialog
      triggerLabel="Prescribe"
      triggerDisabled={drugs.length === 0}
      triggerTitle={drugs.length === 0 ? 'No stocked drug at this practice' : undefined}
      title={`Prescribe for ${patient.name}`}
      submitLabel="Save prescription"
      status={mutation}
      onSubmit={onSubmit}
    >
      <SelectField
        label="Drug"
        name="inventoryItemId"
        value={drugId}
        onChange={(e) => setDrugId(e.target.value)}
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
          {drug.controlledSchedule === 'II' ? 'no refills allowed.' : 'at most 5 refills.'} Every dispense is
          logged.
        </Alert>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <TextField
          key={drugId}
          label="Strength"
          name="strength"
          maxLength={100}
          placeholder="e.g. 75 mg"
          defaultValue={drug ? strengthOf(drug.name) : ''}
        />
        <TextField label="Dose" name="dose" maxLength={200} placeholder="e.g. 1 tablet" required />
        <SelectField label="Route" name="route" defaultValue="Oral">
          {ROUTES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </SelectField>
        <TextField
          label="Frequency"
          name="frequency"
          maxLength={200}
          placeholder="e.g. Twice daily"
          required
        />
        <TextField label="Duration (days)" name="durationDays" type="number" min={1} />
        <TextField
          label={`Quantity${drug ? ` (${drug.unit})` : ''}`}
          name="quantity"
          type="number"
          min={0.001}
          step="any"
          required
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
        <TextField
          label="Refills"
          name="refills"
          type="number"
          min={0}
          max={drug?.controlledSchedule === 'II' ? 0 : 99}
          defaultValue={0}
        />
      </div>
      {overStock ? (
        <Alert tone="warning">
          Only {formatQuantity(drug.quantityOnHand, drug.unit)} in stock: you can save this prescription, but
          dispensing {quantity} needs a delivery first.
        </Alert>
      ) : null}
      <TextareaField label="Instructions for the owner" name="instructions" maxLength={2000} rows={2} />
    </FormDialog>
  );
}

/** "Carprofen 75 mg tablets" → "75 mg": the strength a stock item's name states, to prefill the prescription. */
function strengthOf(name: string): string {
  return /\d+(?:[.,]\d+)?\s?(?:mg\/ml|mg\/g|mcg|µg|mg|g|ml|iu|%)(?![a-z])/i.exec(name)?.[0] ?? '';
}
