'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formErrorText } from '@/components/ui/api-client';
import { TextField } from '@/components/ui/fields';
import { formText } from '@/components/ui/form-data';
import { useToast } from '@/components/ui/toast';
import type { AppointmentView } from '@/server/tenant/appointments/appointments.schema';
import type { AppointmentStatus } from '@/server/tenant/db/schema';
import { tenantApi } from '../api-client';
import { formatDateTime, formatTime, humanize } from '../format';
import { useMutation } from '../use-mutation';
import { STATUS_ACTIONS, isMovable } from './appointment-status';
import { RescheduleForm } from './reschedule-form';

/** Outcomes that end the appointment without a visit: shown apart from the workflow buttons. */
const SET_APART: ReadonlySet<AppointmentStatus> = new Set(['CANCELLED', 'NO_SHOW']);

export type CalendarPermissions = { canStartRecord: boolean; canReadRecords: boolean };

type RecordLookup = { state: 'idle' | 'loading' | 'none' | 'failed' } | { state: 'found'; id: string };

/** One appointment: who and when, the workflow buttons its status allows, rescheduling and its medical record. */
export function AppointmentDialog({
  appointment,
  onClose,
  timeZone,
  veterinarians,
  permissions,
}: {
  appointment: AppointmentView | null;
  onClose: () => void;
  timeZone: string;
  veterinarians: Array<{ id: string; name: string }>;
  permissions: CalendarPermissions;
}) {
  const router = useRouter();
  const { notify } = useToast();
  const { run, pending, error, reset } = useMutation();
  const [confirming, setConfirming] = useState<AppointmentStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const appointmentId = appointment?.id;
  const recordLookup = (id: string | undefined): RecordLookup => ({
    state: id && permissions.canReadRecords ? 'loading' : 'idle',
  });
  const [record, setRecord] = useState<RecordLookup>(() => recordLookup(appointmentId));
  const [starting, setStarting] = useState(false);

  // Another appointment shown: the previous one's confirmation, edit form, error and record are cleared while
  // rendering (React's "adjust state on a prop change"), so no frame shows them against the new appointment.
  const [shownId, setShownId] = useState(appointmentId);
  if (shownId !== appointmentId) {
    setShownId(appointmentId);
    setConfirming(null);
    setEditing(false);
    setRecord(recordLookup(appointmentId));
    reset();
  }

  useEffect(() => {
    if (!appointmentId || !permissions.canReadRecords) return;
    let cancelled = false;
    void tenantApi<Array<{ id: string }>>(
      'GET',
      `/api/medical-records?appointmentId=${appointmentId}&limit=1`,
    ).then((result) => {
      if (cancelled) return;
      if (!result.ok) setRecord({ state: 'failed' });
      else setRecord(result.data[0] ? { state: 'found', id: result.data[0].id } : { state: 'none' });
    });
    return () => {
      cancelled = true;
    };
  }, [appointmentId, permissions.canReadRecords]);

  if (!appointment) return <Dialog open={false} onClose={onClose} title="Appointment" />;

  async function changeStatus(status: AppointmentStatus, reason?: string) {
    const result = await run(
      'POST',
      `/api/appointments/${appointment!.id}/status`,
      reason ? { status, reason } : { status },
    );
    if (result.ok) {
      notify(`${appointment!.patient.name}: ${humanize(status).toLowerCase()}.`);
      setConfirming(null);
      // The dialog stays open on the updated appointment (the calendar re-renders under it), so the next step is
      // one click away; a started visit goes straight to its record for whoever writes it.
      if (status === 'IN_PROGRESS' && permissions.canStartRecord) await openOrStartRecord();
    }
  }

  async function openOrStartRecord() {
    if (record.state === 'found') router.push(`/records/${record.id}`);
    else await startRecord();
  }

  async function startRecord() {
    setStarting(true);
    const result = await tenantApi<{ id: string }>('POST', '/api/medical-records', {
      patientId: appointment!.patient.id,
      appointmentId: appointment!.id,
    });
    if (result.ok) router.push(`/records/${result.data.id}`);
    else {
      setStarting(false);
      notify(result.message, 'danger');
    }
  }

  const canStart =
    permissions.canStartRecord && ['CHECKED_IN', 'IN_PROGRESS', 'COMPLETED'].includes(appointment.status);
  const message = formErrorText(error);
  return (
    <Dialog
      open
      onClose={() => !pending && onClose()}
      title={`${appointment.patient.name} · ${humanize(appointment.type)}`}
    >
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={appointment.status} />
          {appointment.doubleBooked ? (
            <span className="text-xs font-medium text-amber-700">Double-booked</span>
          ) : null}
        </div>
        <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-slate-500">When</dt>
          <dd>
            {formatDateTime(appointment.startsAt, timeZone)}–{formatTime(appointment.endsAt, timeZone)} (
            {appointment.durationMinutes} min)
          </dd>
          <dt className="text-slate-500">Patient</dt>
          <dd>
            <Link
              href={`/patients/${appointment.patient.id}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {appointment.patient.name}
            </Link>{' '}
            · {appointment.patient.species}
          </dd>
          <dt className="text-slate-500">Owner</dt>
          <dd>
            <Link href={`/clients/${appointment.client.id}`} className="text-brand-700 hover:underline">
              {appointment.client.name}
            </Link>
          </dd>
          <dt className="text-slate-500">Veterinarian</dt>
          <dd>{appointment.veterinarian.name}</dd>
          {appointment.reason ? (
            <>
              <dt className="text-slate-500">Reason</dt>
              <dd>{appointment.reason}</dd>
            </>
          ) : null}
          {appointment.cancellationReason ? (
            <>
              <dt className="text-slate-500">Cancelled</dt>
              <dd>{appointment.cancellationReason}</dd>
            </>
          ) : null}
        </dl>

        {message ? <Alert tone="danger">{message}</Alert> : null}

        {confirming ? (
          <form
            className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
            onSubmit={(event) => {
              event.preventDefault();
              void changeStatus(
                confirming,
                formText(new FormData(event.currentTarget), 'reason').trim() || undefined,
              );
            }}
          >
            <TextField
              label={confirming === 'CANCELLED' ? 'Why is it cancelled? (optional)' : 'Note (optional)'}
              name="reason"
              maxLength={500}
              autoFocus
            />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" size="sm" onClick={() => setConfirming(null)} disabled={pending}>
                Back
              </Button>
              <Button type="submit" size="sm" variant="danger" pending={pending}>
                {STATUS_ACTIONS[confirming].label}
              </Button>
            </div>
          </form>
        ) : editing ? (
          <RescheduleForm
            appointment={appointment}
            timeZone={timeZone}
            veterinarians={veterinarians}
            onDone={onClose}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Appointment actions">
            {appointment.nextStatuses
              .filter((s) => !SET_APART.has(s))
              .map((status) => {
                const action = STATUS_ACTIONS[status];
                const needsReason = status === 'CANCELLED' || status === 'NO_SHOW';
                return (
                  <Button
                    key={status}
                    size="sm"
                    variant={action.variant}
                    disabled={pending}
                    onClick={() => (needsReason ? setConfirming(status) : void changeStatus(status))}
                  >
                    {action.label}
                  </Button>
                );
              })}
            {isMovable(appointment.status) ? (
              <Button size="sm" variant="secondary" onClick={() => setEditing(true)} disabled={pending}>
                Edit or reschedule
              </Button>
            ) : null}
            {/* Destructive and negative outcomes sit apart from the workflow buttons, after a divider. */}
            {appointment.nextStatuses.some((s) => SET_APART.has(s)) ? (
              <span
                className="ml-auto flex gap-2 border-l border-slate-200 pl-3"
                data-testid="set-apart-actions"
              >
                {appointment.nextStatuses
                  .filter((s) => SET_APART.has(s))
                  .map((status) => (
                    <Button
                      key={status}
                      size="sm"
                      variant={STATUS_ACTIONS[status].variant}
                      disabled={pending}
                      onClick={() => setConfirming(status)}
                    >
                      {STATUS_ACTIONS[status].label}
                    </Button>
                  ))}
              </span>
            ) : null}
          </div>
        )}

        {permissions.canReadRecords ? (
          <div className="flex items-center justify-between gap-3 border-t border-slate-200 pt-4 text-sm">
            <span className="text-slate-600">Medical record</span>
            {record.state === 'loading' ? (
              <span className="text-slate-500">Checking…</span>
            ) : record.state === 'failed' ? (
              <span className="text-red-700">Could not check for a record.</span>
            ) : record.state === 'found' ? (
              <ButtonLink href={`/records/${record.id}`} size="sm" variant="primary">
                Open medical record
              </ButtonLink>
            ) : canStart ? (
              <Button size="sm" onClick={startRecord} pending={starting} pendingLabel="Creating…">
                Start medical record
              </Button>
            ) : (
              <span className="text-slate-500">
                None yet{permissions.canStartRecord ? ' — available once the patient is checked in' : ''}
              </span>
            )}
          </div>
        ) : null}
        <div className="flex justify-end border-t border-slate-200 pt-3">
          <Button variant="secondary" size="sm" onClick={onClose} disabled={pending}>
            Close
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
