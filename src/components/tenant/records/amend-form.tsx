'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { TextField, TextareaField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { useMutation } from '@/components/ui/use-mutation';
import { type ClinicalContent } from '@/server/tenant/pages/view-types';
import { DiagnosesInput } from './diagnoses-input';
import {
  SOAP_FIELDS,
  SOAP_MAX_LENGTH,
  VITAL_FIELDS,
  cleanDiagnoses,
  parseVital,
  sameDiagnoses,
  type Diagnosis,
} from './record-fields';

/**
 * Corrects a signed record with an amendment: the form starts from the record as it currently reads and sends
 * only what changed, with the reason. The signed original is never touched. Diagnoses are amended as a whole
 * list (the API replaces them), so the list sent is the complete corrected one.
 */
export function AmendForm({
  recordId,
  version,
  current,
}: {
  recordId: string;
  version: number;
  current: ClinicalContent;
}) {
  const { run, pending, error, reset } = useMutation();
  const [open, setOpen] = useState(false);
  const [local, setLocal] = useState<string | null>(null);
  const [diagnoses, setDiagnoses] = useState<Diagnosis[]>(current.diagnoses);

  async function onSubmit(form: FormData) {
    const changes: Record<string, unknown> = {};
    for (const field of SOAP_FIELDS) {
      const value = formText(form, field.key);
      if (value !== (current[field.key] ?? '')) changes[field.key] = value;
    }
    const vitals: Record<string, number | null> = {};
    for (const field of VITAL_FIELDS) {
      const value = parseVital(formText(form, `vitals.${field.key}`));
      if (value === 'invalid') {
        setLocal(`${field.label}: enter a number.`);
        return;
      }
      if (value !== (current.vitals[field.key] ?? null)) vitals[field.key] = value;
    }
    if (Object.keys(vitals).length > 0) changes.vitals = vitals;
    if (!sameDiagnoses(diagnoses, current.diagnoses)) changes.diagnoses = cleanDiagnoses(diagnoses);
    if (Object.keys(changes).length === 0) {
      setLocal('Change at least one field to amend the record.');
      return;
    }
    setLocal(null);
    const result = await run(
      'POST',
      `/api/medical-records/${recordId}/amendments`,
      {
        reason: formText(form, 'reason'),
        changes,
        version,
      },
      { success: 'Amendment added.' },
    );
    if (result.ok) {
      setOpen(false);
    }
  }

  if (!open) {
    return (
      <Button
        variant="secondary"
        onClick={() => {
          // Start from the record as it reads now (it may have been amended since this form was last open).
          setDiagnoses(current.diagnoses);
          setLocal(null);
          reset();
          setOpen(true);
        }}
      >
        Amend record
      </Button>
    );
  }
  return (
    <Form error={error} message={local} onSubmit={onSubmit} className="w-full">
      <Card>
        <CardHeader
          title="Amend this record"
          description="Edit what needs correcting; only changed fields are recorded, with your name, the time and the reason."
        />
        <CardBody className="space-y-4">
          <FormAlert />
          <TextField label="Reason for the amendment" name="reason" required maxLength={2000} />
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {SOAP_FIELDS.map((field) => (
              <TextareaField
                key={field.key}
                label={field.label}
                name={field.key}
                maxLength={SOAP_MAX_LENGTH}
                errorKey={`changes.${field.key}`}
                rows={4}
                defaultValue={current[field.key] ?? ''}
              />
            ))}
          </div>
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
            {VITAL_FIELDS.map((field) => (
              <TextField
                key={field.key}
                label={`${field.label} (${field.unit})`}
                name={`vitals.${field.key}`}
                errorKey={`changes.vitals.${field.key}`}
                type="number"
                step={field.step}
                defaultValue={current.vitals[field.key]?.toString() ?? ''}
              />
            ))}
          </div>
          <DiagnosesInput value={diagnoses} onChange={setDiagnoses} name="changes.diagnoses" />
        </CardBody>
        <CardFooter>
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" pending={pending} pendingLabel="Saving…">
            Add amendment
          </Button>
        </CardFooter>
      </Card>
    </Form>
  );
}
