'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { useToast } from '@/components/ui/toast';
import type { AppointmentView } from '@/server/tenant/appointments/appointments.schema';
import { useMutation } from '../use-mutation';
import { ClashWarning } from './clash-warning';
import { StartFields, readStart } from './start-fields';
import { toZoned } from './zoned-time';

/** Moves an appointment (date, time, length, veterinarian) or edits its reason; clashes can be overridden. */
export function RescheduleForm({
  appointment,
  timeZone,
  veterinarians,
  onDone,
  onCancel,
}: {
  appointment: AppointmentView;
  timeZone: string;
  veterinarians: Array<{ id: string; name: string }>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { notify } = useToast();
  const { run, pending, error } = useMutation();
  const [clash, setClash] = useState(false);
  const current = toZoned(appointment.startsAt, timeZone);

  async function submit(data: FormData, allowDoubleBooking: boolean) {
    const start = readStart(data, timeZone);
    if (!start) return;
    const result = await run('PATCH', `/api/appointments/${appointment.id}`, {
      startsAt: start.startsAt,
      durationMinutes: Number(data.get('durationMinutes')),
      veterinarianId: formText(data, 'veterinarianId'),
      reason: formText(data, 'reason'),
      allowDoubleBooking,
    });
    if (result.ok) {
      notify('Appointment updated.');
      onDone();
    } else setClash(result.code === 'APPOINTMENT_CONFLICT');
  }

  return (
    <Form
      // A clash is answered by the warning with its Double-book button, not by an error alert.
      error={clash ? null : error}
      onSubmit={(data) => submit(data, false)}
      className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
    >
      <FormAlert />
      {clash ? (
        <ClashWarning pending={pending} onDoubleBook={(form) => submit(new FormData(form), true)} />
      ) : null}
      <StartFields date={current.date} minutes={current.minutes} />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Duration (min)"
          name="durationMinutes"
          errorKey={['durationMinutes', 'endsAt']}
          type="number"
          min={5}
          max={1440}
          step={5}
          defaultValue={appointment.durationMinutes}
        />
        <SelectField label="Veterinarian" name="veterinarianId" defaultValue={appointment.veterinarian.id}>
          {veterinarians.map((vet) => (
            <option key={vet.id} value={vet.id}>
              {vet.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label="Reason" name="reason" defaultValue={appointment.reason ?? ''} maxLength={500} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={onCancel} disabled={pending}>
          Back
        </Button>
        <Button type="submit" size="sm" pending={pending} pendingLabel="Saving…">
          Save changes
        </Button>
      </div>
    </Form>
  );
}
