'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { fieldError, formError } from '../api-client';
import { humanize } from '../format';
import { PatientPicker, type PickedPatient } from '../patients/patient-picker';
import { useMutation } from '../use-mutation';
import { fromZoned, minutesLabel, parseClock } from './zoned-time';
import { formText } from '../form-data';

export const APPOINTMENT_TYPES = [
  'CONSULTATION',
  'VACCINATION',
  'FOLLOW_UP',
  'SURGERY',
  'DENTAL',
  'EMERGENCY',
  'GROOMING',
  'OTHER',
] as const;
const DURATIONS = [15, 20, 30, 45, 60, 90, 120];

export type BookingSlot = { date: string; minutes: number; veterinarianId: string };

/** Books an appointment in a clicked slot; a clash with the veterinarian's diary can be overridden explicitly. */
export function BookingDialog({
  open,
  onClose,
  practice,
  veterinarians,
  slot,
  initialPatient,
}: {
  open: boolean;
  onClose: () => void;
  practice: { id: string; timezone: string };
  veterinarians: Array<{ id: string; name: string }>;
  slot: BookingSlot | null;
  initialPatient: PickedPatient | null;
}) {
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [patient, setPatient] = useState<PickedPatient | null>(initialPatient);
  const [patientMissing, setPatientMissing] = useState(false);
  const [clash, setClash] = useState(false);

  useEffect(() => {
    if (open) {
      setPatient(initialPatient);
      setPatientMissing(false);
      setClash(false);
      reset();
    }
  }, [open, initialPatient, reset]);

  async function submit(form: HTMLFormElement, allowDoubleBooking: boolean) {
    const data = new FormData(form);
    if (!patient) {
      setPatientMissing(true);
      return;
    }
    const minutes = parseClock(formText(data, 'time'));
    const date = formText(data, 'date');
    if (minutes === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    const result = await run('POST', '/api/appointments', {
      practiceId: practice.id,
      patientId: patient.id,
      veterinarianId: formText(data, 'veterinarianId'),
      startsAt: fromZoned(date, minutes, practice.timezone),
      durationMinutes: Number(data.get('durationMinutes')),
      type: formText(data, 'type'),
      reason: formText(data, 'reason'),
      allowDoubleBooking,
    });
    if (result.ok) {
      notify(`Booked ${patient.name} at ${minutesLabel(minutes)}.`);
      onClose();
    } else setClash(result.code === 'APPOINTMENT_CONFLICT');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(event.currentTarget, false);
  }

  const message = clash
    ? null
    : formError(error, [
        'patientId',
        'veterinarianId',
        'startsAt',
        'durationMinutes',
        'type',
        'reason',
        'endsAt',
      ]);
  return (
    <Dialog open={open} onClose={() => !pending && onClose()} title="Book an appointment">
      {slot ? (
        <form id="booking-form" onSubmit={onSubmit} noValidate className="space-y-4">
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
            >
              Pick another time, or double-book on purpose.
            </Alert>
          ) : null}
          <PatientPicker
            value={patient}
            onChange={(p) => {
              setPatient(p);
              setPatientMissing(false);
            }}
            practiceId={practice.id}
            error={patientMissing ? 'Choose the patient.' : fieldError(error, 'patientId')}
          />
          <SelectField
            label="Veterinarian"
            name="veterinarianId"
            defaultValue={slot.veterinarianId}
            error={fieldError(error, 'veterinarianId')}
          >
            {veterinarians.map((vet) => (
              <option key={vet.id} value={vet.id}>
                {vet.name}
              </option>
            ))}
          </SelectField>
          <div className="grid grid-cols-2 gap-3">
            <TextField label="Date" name="date" type="date" defaultValue={slot.date} required />
            <TextField
              label="Start"
              name="time"
              type="time"
              step={300}
              defaultValue={minutesLabel(slot.minutes)}
              required
              error={fieldError(error, 'startsAt')}
            />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <SelectField
              label="Duration"
              name="durationMinutes"
              defaultValue="30"
              error={fieldError(error, 'durationMinutes') ?? fieldError(error, 'endsAt')}
            >
              {DURATIONS.map((m) => (
                <option key={m} value={m}>
                  {m} min
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Type"
              name="type"
              defaultValue="CONSULTATION"
              error={fieldError(error, 'type')}
            >
              {APPOINTMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {humanize(type)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label="Reason"
            name="reason"
            placeholder="e.g. Annual vaccination"
            maxLength={500}
            error={fieldError(error, 'reason')}
          />
          <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
            <Button variant="secondary" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Booking…">
              Book appointment
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
