'use client';

import { useState } from 'react';
import { SelectField, TextField } from '@/components/ui/fields';
import { FormDialog } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { PatientPicker, type PickedPatient } from '../patients/patient-picker';
import { useMutation } from '@/components/ui/use-mutation';
import { ClashWarning } from './clash-warning';
import { PastTimeWarning } from './past-time-warning';
import { StartFields, readStart } from './start-fields';
import { minutesLabel } from '@/lib/time/zoned-time';
import { humanize } from '@/lib/format/humanize';
import { APPOINTMENT_TYPES } from '@/lib/domain/tenant/appointments';

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
  const mutation = useMutation();
  const { reset } = mutation;
  const [patient, setPatient] = useState<PickedPatient | null>(initialPatient);
  const [patientMissing, setPatientMissing] = useState(false);
  const [clash, setClash] = useState(false);
  // A start in the past is booked only after "Record past visit": a slip of the date picker should not pass.
  const [pastStart, setPastStart] = useState<string | null>(null);
  const [pastConfirmed, setPastConfirmed] = useState(false);

  // The calendar opens this dialog (a slot click), so the previous attempt is cleared here rather than by a trigger:
  // while rendering, when `open` or the preselected patient changes (React's "adjust state on a prop change").
  const [openedWith, setOpenedWith] = useState({ open, initialPatient });
  if (openedWith.open !== open || openedWith.initialPatient !== initialPatient) {
    setOpenedWith({ open, initialPatient });
    if (open) {
      setPatient(initialPatient);
      setPatientMissing(false);
      setClash(false);
      setPastStart(null);
      setPastConfirmed(false);
      reset();
    }
  }

  async function submit(data: FormData, allowDoubleBooking: boolean, recordPast = false) {
    if (!patient) {
      setPatientMissing(true);
      return;
    }
    const start = readStart(data, practice.timezone);
    if (!start) return;
    if (!recordPast && !pastConfirmed && new Date(start.startsAt).getTime() < Date.now()) {
      setPastStart(start.startsAt);
      return;
    }
    setPastStart(null);
    const allowPast = recordPast || pastConfirmed;
    const result = await mutation.run(
      'POST',
      '/api/appointments',
      {
        practiceId: practice.id,
        patientId: patient.id,
        veterinarianId: formText(data, 'veterinarianId'),
        startsAt: start.startsAt,
        durationMinutes: Number(data.get('durationMinutes')),
        type: formText(data, 'type'),
        reason: formText(data, 'reason'),
        allowDoubleBooking,
        // Sent only after "Record past visit": the server refuses a past start without it (APPOINTMENT_IN_PAST).
        allowPast,
      },
      { success: `Booked ${patient.name} at ${minutesLabel(start.minutes)}.` },
    );
    if (result.ok) {
      onClose();
    } else if (result.code === 'APPOINTMENT_IN_PAST') {
      // The server's clock decides: a start that went by while the dialog was open asks the same question.
      reset();
      setPastStart(start.startsAt);
    } else setClash(result.code === 'APPOINTMENT_CONFLICT');
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title="Book an appointment"
      submitLabel="Book appointment"
      pendingLabel="Booking…"
      // A clash is answered by the warning with its Double-book button, not by an error alert.
      status={clash ? { ...mutation, error: null } : mutation}
      onSubmit={(data) => submit(data, false)}
    >
      {slot ? (
        <>
          {pastStart ? (
            <PastTimeWarning
              pending={mutation.pending}
              startsAt={pastStart}
              timeZone={practice.timezone}
              onRecordPast={(form) => {
                setPastConfirmed(true);
                return submit(new FormData(form), clash, true);
              }}
            />
          ) : null}
          {clash ? (
            <ClashWarning
              pending={mutation.pending}
              onDoubleBook={(form) => submit(new FormData(form), true)}
            >
              Pick another time, or double-book on purpose.
            </ClashWarning>
          ) : null}
          <PatientPicker
            value={patient}
            onChange={(p) => {
              setPatient(p);
              setPatientMissing(false);
            }}
            practiceId={practice.id}
            name="patientId"
            error={patientMissing ? 'Choose the patient.' : undefined}
          />
          <SelectField label="Veterinarian" name="veterinarianId" defaultValue={slot.veterinarianId}>
            {veterinarians.map((vet) => (
              <option key={vet.id} value={vet.id}>
                {vet.name}
              </option>
            ))}
          </SelectField>
          <StartFields date={slot.date} minutes={slot.minutes} />
          <div className="grid grid-cols-2 gap-3">
            <SelectField
              label="Duration"
              name="durationMinutes"
              errorKey={['durationMinutes', 'endsAt']}
              defaultValue="30"
            >
              {DURATIONS.map((m) => (
                <option key={m} value={m}>
                  {m} min
                </option>
              ))}
            </SelectField>
            <SelectField label="Type" name="type" defaultValue="CONSULTATION">
              {APPOINTMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {humanize(type)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField label="Reason" name="reason" placeholder="e.g. Annual vaccination" maxLength={500} />
        </>
      ) : null}
    </FormDialog>
  );
}
