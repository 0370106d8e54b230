'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardFooter, CardHeader } from '@/components/ui/card';
import { TextField, TextareaField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { ClinicalContent } from '@/server/tenant/records/records.schema';
import { formError } from '../api-client';
import { useMutation } from '../use-mutation';
import { SOAP_FIELDS, VITAL_FIELDS, parseVital } from './record-fields';
import { formText } from '../form-data';

/**
 * Corrects a signed record with an amendment: the form starts from the record as it currently reads and sends
 * only what changed, with the reason. The signed original is never touched.
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
  const { notify } = useToast();
  const { run, pending, error } = useMutation();
  const [open, setOpen] = useState(false);
  const [local, setLocal] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
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
    if (Object.keys(changes).length === 0) {
      setLocal('Change at least one field to amend the record.');
      return;
    }
    setLocal(null);
    const result = await run('POST', `/api/medical-records/${recordId}/amendments`, {
      reason: formText(form, 'reason'),
      changes,
      version,
    });
    if (result.ok) {
      notify('Amendment added.');
      setOpen(false);
    }
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Amend record
      </Button>
    );
  }
  const message = local ?? formError(error, ['reason']);
  return (
    <form onSubmit={onSubmit} noValidate className="w-full">
      <Card>
        <CardHeader
          title="Amend this record"
          description="Edit what needs correcting; only changed fields are recorded, with your name, the time and the reason."
        />
        <CardBody className="space-y-4">
          {message ? <Alert tone="danger">{message}</Alert> : null}
          <TextField
            label="Reason for the amendment"
            name="reason"
            required
            maxLength={2000}
            error={error?.fields.reason}
          />
          <div className="grid gap-4 lg:grid-cols-2">
            {SOAP_FIELDS.map((field) => (
              <TextareaField
                key={field.key}
                label={field.label}
                name={field.key}
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
                type="number"
                step={field.step}
                defaultValue={current.vitals[field.key]?.toString() ?? ''}
              />
            ))}
          </div>
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
    </form>
  );
}
