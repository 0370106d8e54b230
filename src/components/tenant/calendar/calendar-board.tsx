'use client';

import { useState, type DragEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { useToast } from '@/components/ui/toast';
import { type AppointmentView, type CalendarView } from '@/server/tenant/pages/view-types';
import type { PickedPatient } from '../patients/patient-picker';
import { useMutation } from '@/components/ui/use-mutation';
import { AppointmentDialog, type CalendarPermissions } from './appointment-dialog';
import { isMovable } from '@/lib/domain/tenant/appointments';
import { STATUS_BLOCK } from './appointment-status';
import { BookingDialog, type BookingSlot } from './booking-dialog';
import { layoutColumn, visibleRange } from './layout-blocks';
import { fromZoned, minutesLabel, toZoned } from '@/lib/time/zoned-time';
import { formatDateTime, formatDay, formatTime } from '@/lib/format/dates';
import { humanize } from '@/lib/format/humanize';

const PX_PER_MINUTE = 1.2;
const SLOT_MINUTES = 30;

type MoveTarget = { appointment: AppointmentView; startsAt: string; veterinarianId: string };
type MoveFlags = { allowDoubleBooking: boolean; allowPast: boolean };
type PendingMove = MoveTarget & { flags: MoveFlags; question: 'clash' | 'past' };
const NO_OVERRIDES: MoveFlags = { allowDoubleBooking: false, allowPast: false };

type Column = { key: string; day: string; veterinarianId: string | null; title: string; subtitle?: string };

/**
 * The appointment calendar: a day with one column per veterinarian, or a week with one column per day. Empty
 * slots are buttons that open the booking form; appointments open their details and can be dragged onto another
 * slot (or column) to reschedule. All times are on the practice's clock.
 */
export function CalendarBoard({
  calendar,
  focusVeterinarianId,
  permissions,
  canBook,
  initialPatient,
}: {
  calendar: CalendarView;
  focusVeterinarianId: string | null;
  permissions: CalendarPermissions;
  canBook: boolean;
  initialPatient: PickedPatient | null;
}) {
  const timeZone = calendar.practice.timezone;
  const { notify } = useToast();
  const move = useMutation();
  const [booking, setBooking] = useState<BookingSlot | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  // A move the server questioned: an overlap (double-book?) or a start already gone by (record a past visit?).
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);

  const vets = focusVeterinarianId
    ? calendar.veterinarians.filter((v) => v.id === focusVeterinarianId)
    : calendar.veterinarians;
  const columns: Column[] =
    calendar.view === 'day'
      ? vets.map((vet) => ({ key: vet.id, day: calendar.days[0]!, veterinarianId: vet.id, title: vet.name }))
      : calendar.days.map((day) => ({
          key: day,
          day,
          veterinarianId: focusVeterinarianId,
          title: formatDay(day),
        }));
  const range = visibleRange(calendar.appointments, timeZone);
  const height = (range.end - range.start) * PX_PER_MINUTE;
  const selected = calendar.appointments.find((a) => a.id === selectedId) ?? null;
  const defaultVet = focusVeterinarianId ?? calendar.veterinarians[0]?.id ?? null;

  function inColumn(column: Column): AppointmentView[] {
    return calendar.appointments.filter((a) => {
      if (column.veterinarianId && a.veterinarian.id !== column.veterinarianId) return false;
      const start = toZoned(a.startsAt, timeZone).date;
      const end = toZoned(new Date(new Date(a.endsAt).getTime() - 1), timeZone).date;
      return start <= column.day && end >= column.day;
    });
  }

  /** The column's veterinarian's bookings at other practices, positioned on this day (clipped to the grid). */
  function busyIn(column: Column) {
    if (!column.veterinarianId) return [];
    return (calendar.busy ?? [])
      .filter((b) => b.veterinarianId === column.veterinarianId)
      .flatMap((b) => {
        const start = toZoned(b.startsAt, timeZone);
        const end = toZoned(b.endsAt, timeZone);
        if (start.date > column.day || end.date < column.day) return [];
        const from = Math.max(start.date < column.day ? 0 : start.minutes, range.start);
        const to = Math.min(end.date > column.day ? 24 * 60 : end.minutes, range.end);
        return to > from ? [{ ...b, top: from - range.start, height: to - from }] : [];
      });
  }

  async function reschedule(target: MoveTarget, flags: MoveFlags) {
    const result = await move.run('PATCH', `/api/appointments/${target.appointment.id}`, {
      startsAt: target.startsAt,
      veterinarianId: target.veterinarianId,
      ...flags,
    });
    if (result.ok) {
      setPendingMove(null);
      notify(`${target.appointment.patient.name} moved to ${formatTime(target.startsAt, timeZone)}.`);
    } else if (result.code === 'APPOINTMENT_CONFLICT')
      setPendingMove({ ...target, flags, question: 'clash' });
    else if (result.code === 'APPOINTMENT_IN_PAST') setPendingMove({ ...target, flags, question: 'past' });
    else setPendingMove(null);
  }

  function onDrop(event: DragEvent, column: Column, minutes: number) {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/x-appointment-id');
    setDragging(null);
    const appointment = calendar.appointments.find((a) => a.id === id);
    if (!appointment) return;
    const startsAt = fromZoned(column.day, minutes, timeZone);
    const veterinarianId = column.veterinarianId ?? appointment.veterinarian.id;
    if (
      startsAt === new Date(appointment.startsAt).toISOString() &&
      veterinarianId === appointment.veterinarian.id
    )
      return;
    void reschedule({ appointment, startsAt, veterinarianId }, NO_OVERRIDES);
  }

  if (columns.length === 0) {
    return (
      <Alert tone="info">
        No veterinarian works at this practice yet. An administrator can add one under Settings → Users.
      </Alert>
    );
  }

  const slots: number[] = [];
  for (let m = range.start; m < range.end; m += SLOT_MINUTES) slots.push(m);
  const moveError =
    move.error && !['APPOINTMENT_CONFLICT', 'APPOINTMENT_IN_PAST'].includes(move.error.code)
      ? move.error.message
      : null;

  return (
    <div className="space-y-3">
      {initialPatient && canBook ? (
        <Alert tone="info">
          Choose a free slot to book <strong>{initialPatient.name}</strong> ({initialPatient.species},{' '}
          {initialPatient.client.name}).
        </Alert>
      ) : null}
      {moveError ? <Alert tone="danger">{moveError}</Alert> : null}
      {pendingMove?.question === 'clash' ? (
        <Alert
          tone="warning"
          title="That time is already booked for this veterinarian"
          action={
            <div className="flex gap-2">
              <Button size="sm" variant="secondary" onClick={() => setPendingMove(null)}>
                Keep the old time
              </Button>
              <Button
                size="sm"
                pending={move.pending}
                onClick={() =>
                  void reschedule(pendingMove, { ...pendingMove.flags, allowDoubleBooking: true })
                }
              >
                Double-book
              </Button>
            </div>
          }
        >
          Moving {pendingMove.appointment.patient.name} to {formatTime(pendingMove.startsAt, timeZone)}{' '}
          overlaps another appointment.
        </Alert>
      ) : null}
      {pendingMove?.question === 'past' ? (
        <Alert
          tone="warning"
          title="That time is in the past"
          action={
            <div className="flex gap-2">
              <Button size="sm" variant="secondary" onClick={() => setPendingMove(null)}>
                Keep the old time
              </Button>
              <Button
                size="sm"
                pending={move.pending}
                onClick={() => void reschedule(pendingMove, { ...pendingMove.flags, allowPast: true })}
              >
                Record past visit
              </Button>
            </div>
          }
        >
          {formatDateTime(pendingMove.startsAt, timeZone)} has already gone by. Keep the old time, or move{' '}
          {pendingMove.appointment.patient.name} there to record a visit that already happened.
        </Alert>
      ) : null}
      <div
        className={cn(
          'overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200',
          move.pending && 'opacity-70',
        )}
        aria-busy={move.pending}
      >
        <div
          className="grid min-w-max"
          style={{
            gridTemplateColumns: `4rem repeat(${columns.length}, minmax(${calendar.view === 'week' ? '8.5rem' : '11rem'}, 1fr))`,
          }}
        >
          <div className="sticky left-0 z-20 border-b border-slate-200 bg-white" />
          {columns.map((column) => (
            <div
              key={column.key}
              className="border-b border-l border-slate-200 px-3 py-2 text-sm font-semibold text-slate-800"
            >
              {column.title}
            </div>
          ))}
          <div className="sticky left-0 z-10 bg-white" style={{ height }}>
            {slots
              .filter((m) => m % 60 === 0)
              .map((m) => (
                <div
                  key={m}
                  className="absolute right-2 text-xs text-slate-400"
                  style={{ top: (m - range.start) * PX_PER_MINUTE + 2 }}
                >
                  {minutesLabel(m)}
                </div>
              ))}
          </div>
          {columns.map((column) => (
            <div
              key={column.key}
              className="relative border-l border-slate-200"
              style={{ height }}
              data-testid={`calendar-column-${column.key}`}
            >
              {slots.map((m) => (
                <button
                  key={m}
                  type="button"
                  disabled={!canBook}
                  aria-label={`Book ${column.veterinarianId ? (calendar.veterinarians.find((v) => v.id === column.veterinarianId)?.name ?? '') + ' ' : ''}on ${formatDay(column.day)} at ${minutesLabel(m)}`}
                  onClick={() =>
                    setBooking({
                      date: column.day,
                      minutes: m,
                      veterinarianId: column.veterinarianId ?? defaultVet ?? '',
                    })
                  }
                  onDragOver={(event) => {
                    if (dragging) event.preventDefault();
                  }}
                  onDrop={(event) => onDrop(event, column, m)}
                  className={cn(
                    'absolute inset-x-0 border-t text-left disabled:cursor-default',
                    m % 60 === 0 ? 'border-slate-200' : 'border-dashed border-slate-100',
                    canBook &&
                      'hover:bg-brand-50 focus-visible:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600',
                  )}
                  style={{ top: (m - range.start) * PX_PER_MINUTE, height: SLOT_MINUTES * PX_PER_MINUTE }}
                />
              ))}
              {busyIn(column).map((busy) => (
                <div
                  key={`${busy.veterinarianId}-${busy.startsAt}`}
                  data-testid="busy-block"
                  title={`Booked at ${busy.practiceName}`}
                  className="pointer-events-none absolute inset-x-1 overflow-hidden rounded-md bg-[repeating-linear-gradient(45deg,#f1f5f9_0,#f1f5f9_6px,#e2e8f0_6px,#e2e8f0_12px)] px-2 py-1 text-xs text-slate-600 ring-1 ring-slate-300"
                  style={{
                    top: busy.top * PX_PER_MINUTE + 1,
                    height: Math.max(busy.height * PX_PER_MINUTE - 2, 18),
                  }}
                >
                  <span className="block truncate font-medium">Busy · {busy.practiceName}</span>
                </div>
              ))}
              {layoutColumn(inColumn(column), column.day, timeZone, range).map(
                ({ appointment, top, height: h, lane, lanes }) => (
                  <button
                    key={appointment.id}
                    type="button"
                    draggable={canBook && isMovable(appointment.status)}
                    onDragStart={(event) => {
                      event.dataTransfer.setData('text/x-appointment-id', appointment.id);
                      event.dataTransfer.effectAllowed = 'move';
                      setDragging(appointment.id);
                    }}
                    onDragEnd={() => setDragging(null)}
                    onClick={() => setSelectedId(appointment.id)}
                    data-testid="appointment-block"
                    className={cn(
                      'absolute overflow-hidden rounded-md border-l-4 px-2 py-1 text-left text-xs shadow-sm ring-1 ring-black/5 hover:shadow-md focus-visible:outline-2 focus-visible:outline-brand-600',
                      STATUS_BLOCK[appointment.status],
                      dragging === appointment.id && 'opacity-50',
                      dragging && dragging !== appointment.id && 'pointer-events-none',
                    )}
                    style={{
                      top: top * PX_PER_MINUTE + 1,
                      height: Math.max(h * PX_PER_MINUTE - 2, 18),
                      left: `calc(${(lane / lanes) * 100}% + 2px)`,
                      width: `calc(${100 / lanes}% - 4px)`,
                    }}
                  >
                    <span className="block truncate font-semibold">
                      {formatTime(appointment.startsAt, timeZone)} {appointment.patient.name}
                    </span>
                    <span className="block truncate">
                      {humanize(appointment.status)} · {appointment.reason ?? humanize(appointment.type)}
                    </span>
                    {calendar.view === 'week' && !column.veterinarianId ? (
                      <span className="block truncate opacity-80">{appointment.veterinarian.name}</span>
                    ) : null}
                  </button>
                ),
              )}
            </div>
          ))}
        </div>
      </div>
      <p className="text-xs text-slate-500">
        Times are {timeZone} time. Click a free slot to book
        {canBook ? '; drag an appointment to move it' : ''}.
      </p>
      <BookingDialog
        open={booking !== null}
        onClose={() => setBooking(null)}
        practice={{ id: calendar.practice.id, timezone: timeZone }}
        veterinarians={calendar.veterinarians}
        slot={booking}
        initialPatient={initialPatient}
      />
      <AppointmentDialog
        appointment={selected}
        onClose={() => setSelectedId(null)}
        timeZone={timeZone}
        veterinarians={calendar.veterinarians}
        permissions={permissions}
      />
    </div>
  );
}
