'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { AppointmentDto } from '@/server/tenant/appointments/appointments.schema';
import { fieldError, formError } from '../api-client';
import { useMutation } from '../use-mutation';
import { fromZoned, minutesLabel, parseClock, toZoned } from './zoned-time';
import { formText } from '../form-data';

/** Moves an appointment (date, time, length, veterinarian) or edits its reason; clashes can be overridden. */
export function RescheduleForm({
  appointment,
  timeZone,
  veterinarians,
  onDone,
  onCancel,
}: {
  appointment: AppointmentDto;
  timeZone: string;
  veterinarians: Array<{ id: string; name: string }>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { notify } = useToast();
  const { run, pending, error } = useMutation();
  const [clash, setClash] = useState(false);
  const start = toZoned(appointment.startsAt, timeZone);

  async function submit(form: HTMLFormElement, allowDoubleBooking: boolean) {
    const data = new FormData(form);
    const minutes = parseClock(formText(data, 'time'));
    if (minutes === null) return;
    const result = await run('PATCH', `/api/appointments/${appointment.id}`, {
      startsAt: fromZoned(formText(data, 'date'), minutes, timeZone),
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(event.currentTarget, false);
  }

  const message = clash
    ? null
    : formError(error, ['startsAt', 'durationMinutes', 'veterinarianId', 'reason', 'endsAt']);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
    >
      {message ? <Alert tone="danger">{message}</Alert> : null}
      {clash ? (
        <Alert
          tone="warning"
          title="The veterinarian is already booked then"
          action={
            <Button
              size="sm"
              variant="secondary"
              pending={pending}
              onClick={(event) => {
                const form = event.currentTarget.form;
                if (form) void submit(form, true);
              }}
            >
              Double-book
            </Button>
          }
        />
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Date" name="date" type="date" defaultValue={start.date} required />
        <TextField
          label="Start"
          name="time"
          type="time"
          step={300}
          defaultValue={minutesLabel(start.minutes)}
          required
          error={fieldError(error, 'startsAt')}
        />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Duration (min)"
          name="durationMinutes"
          type="number"
          min={5}
          max={1440}
          step={5}
          defaultValue={appointment.durationMinutes}
          error={fieldError(error, 'durationMinutes') ?? fieldError(error, 'endsAt')}
        />
        <SelectField
          label="Veterinarian"
          name="veterinarianId"
          defaultValue={appointment.veterinarian.id}
          error={fieldError(error, 'veterinarianId')}
        >
          {veterinarians.map((vet) => (
            <option key={vet.id} value={vet.id}>
              {vet.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Reason"
        name="reason"
        defaultValue={appointment.reason ?? ''}
        maxLength={500}
        error={fieldError(error, 'reason')}
      />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={onCancel} disabled={pending}>
          Back
        </Button>
        <Button type="submit" size="sm" pending={pending} pendingLabel="Saving…">
          Save changes
        </Button>
      </div>
    </form>
  );
}
