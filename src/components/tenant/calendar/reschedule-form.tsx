'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { formText } from '@/components/ui/form-data';
import { FormAlert } from '@/components/ui/form-errors';
import { useMutation } from '@/components/ui/use-mutation';
import { type AppointmentView } from '@/server/tenant/pages/view-types';
import { ClashWarning } from './clash-warning';
import { PastTimeWarning } from './past-time-warning';
import { StartFields, readStart } from './start-fields';
import { toZoned } from '@/lib/time/zoned-time';

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
  const { run, pending, error } = useMutation();
  const [clash, setClash] = useState(false);
  // A new start already gone by: asked once ("Record past visit"), then sent with allowPast.
  const [pastStart, setPastStart] = useState<string | null>(null);
  const [pastConfirmed, setPastConfirmed] = useState(false);
  const current = toZoned(appointment.startsAt, timeZone);

  async function submit(data: FormData, allowDoubleBooking: boolean, allowPast = pastConfirmed) {
    const start = readStart(data, timeZone);
    if (!start) return;
    setPastStart(null);
    const result = await run(
      'PATCH',
      `/api/appointments/${appointment.id}`,
      {
        startsAt: start.startsAt,
        durationMinutes: Number(data.get('durationMinutes')),
        veterinarianId: formText(data, 'veterinarianId'),
        reason: formText(data, 'reason'),
        allowDoubleBooking,
        allowPast,
      },
      { success: 'Appointment updated.' },
    );
    if (result.ok) {
      onDone();
    } else if (result.code === 'APPOINTMENT_IN_PAST') setPastStart(start.startsAt);
    else setClash(result.code === 'APPOINTMENT_CONFLICT');
  }

  return (
    <Form
      // A clash is answered by the warning with its Double-book button, not by an error alert.
      error={clash || pastStart ? null : error}
      onSubmit={(data) => submit(data, false)}
      className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
    >
      <FormAlert />
      {pastStart ? (
        <PastTimeWarning
          pending={pending}
          startsAt={pastStart}
          timeZone={timeZone}
          onRecordPast={(form) => {
            setPastConfirmed(true);
            return submit(new FormData(form), clash, true);
          }}
        />
      ) : null}
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
