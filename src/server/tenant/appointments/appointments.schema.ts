import { z } from 'zod';
import { dateSchema, dateTimeSchema, text } from '@/server/shared/validation';
import { paginationQuery } from '@/server/shared/http/pagination';
import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_TYPES,
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
} from '@/lib/domain/tenant/appointments';

// Parsed into a Date at the boundary; JavaScript dates keep milliseconds, which is all the API promises.
const instant = dateTimeSchema().transform((value) => new Date(value));
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();
const durationMinutes = z.int().min(MIN_DURATION_MINUTES).max(MAX_DURATION_MINUTES);
const appointmentType = z.enum(APPOINTMENT_TYPES);
const statusEnum = z.enum(APPOINTMENT_STATUSES);

export const appointmentIdParams = z.object({ id: z.uuid() });

/** Book or move to a start that has already gone by (recording a past visit); else 422 APPOINTMENT_IN_PAST. */
const allowPastFlag = z
  .boolean()
  .default(false)
  .describe(
    'Set to true to book or move to a start in the past (recording a visit that already happened); without it such a request is refused with 422 APPOINTMENT_IN_PAST.',
  );

export const createAppointmentBody = z
  .strictObject({
    practiceId: z.uuid(),
    patientId: z.uuid(),
    veterinarianId: z.uuid(),
    startsAt: instant,
    /** Give either endsAt or durationMinutes. */
    endsAt: instant.optional(),
    durationMinutes: durationMinutes.optional(),
    type: appointmentType.default('CONSULTATION'),
    reason: optionalText(500).optional(),
    notes: optionalText(4000).optional(),
    /** Book even if the veterinarian already has an appointment at that time. */
    allowDoubleBooking: z.boolean().default(false),
    allowPast: allowPastFlag,
  })
  .superRefine((body, ctx) => {
    if ((body.endsAt === undefined) === (body.durationMinutes === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Give either endsAt or durationMinutes.' });
    }
  })
  .transform(({ durationMinutes: minutes, endsAt, ...rest }, ctx) => {
    const end = endsAt ?? new Date(rest.startsAt.getTime() + (minutes ?? 0) * 60_000);
    checkTimes(rest.startsAt, end, ctx);
    return { ...rest, endsAt: end };
  });
export type CreateAppointmentInput = z.output<typeof createAppointmentBody>;

export const updateAppointmentBody = z
  .strictObject({
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    durationMinutes: durationMinutes.optional(),
    veterinarianId: z.uuid().optional(),
    type: appointmentType.optional(),
    reason: optionalText(500).optional(),
    notes: optionalText(4000).optional(),
    allowDoubleBooking: z.boolean().default(false),
    allowPast: allowPastFlag,
  })
  .superRefine((body, ctx) => {
    if (body.endsAt !== undefined && body.durationMinutes !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: 'Give either endsAt or durationMinutes, not both.',
      });
    }
    const { allowDoubleBooking: _flag, allowPast: _past, ...changes } = body;
    if (Object.values(changes).every((value) => value === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Send at least one field to change.' });
    }
  });
export type UpdateAppointmentInput = z.output<typeof updateAppointmentBody>;

export const changeAppointmentStatusBody = z
  .strictObject({
    status: statusEnum,
    /** Why the visit was cancelled or missed; only for CANCELLED and NO_SHOW. */
    reason: optionalText(500).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.reason && body.status !== 'CANCELLED' && body.status !== 'NO_SHOW') {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'A reason is only recorded for CANCELLED and NO_SHOW.',
      });
    }
  });
export type ChangeAppointmentStatusInput = z.output<typeof changeAppointmentStatusBody>;

export const listAppointmentsQuery = paginationQuery
  .extend({
    practiceId: z.uuid().optional(),
    veterinarianId: z.uuid().optional(),
    patientId: z.uuid().optional(),
    clientId: z.uuid().optional(),
    /** One status, or several as repeated `status=` parameters. */
    status: z
      .union([statusEnum, z.array(statusEnum).max(APPOINTMENT_STATUSES.length)])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .optional(),
    /** Appointments overlapping [from, to). */
    from: instant.optional(),
    to: instant.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { path: ['to'], message: '`to` must be after `from`.' });
export type ListAppointmentsQuery = z.output<typeof listAppointmentsQuery>;

export const calendarQuery = z.object({
  practiceId: z.uuid(),
  view: z.enum(['day', 'week']).default('day'),
  /** A day in the practice's time zone; today there by default. Week views start on the Monday of its week. */
  date: dateSchema().optional(),
  veterinarianId: z.uuid().optional(),
  includeCancelled: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(false),
});
export type CalendarQuery = z.output<typeof calendarQuery>;

const person = z.object({ id: z.uuid(), name: text() });

export const appointmentSchema = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  patient: person.extend({ species: text() }),
  client: person,
  veterinarian: person,
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  durationMinutes: z.number(),
  type: text(),
  reason: text().nullable(),
  notes: text().nullable(),
  status: statusEnum,
  /** True when booked over another appointment of the same veterinarian on purpose. */
  doubleBooked: z.boolean(),
  cancellationReason: text().nullable(),
  /** The statuses POST /api/appointments/{id}/status accepts next. */
  nextStatuses: z.array(statusEnum),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AppointmentView = z.infer<typeof appointmentSchema>;

export const calendarSchema = z.object({
  practice: z.object({ id: z.uuid(), name: text(), timezone: text() }),
  view: z.enum(['day', 'week']),
  /** The local days shown, first to last. */
  days: z.array(z.iso.date()),
  /** The instants bounding the view: local midnight of the first day to local midnight after the last. */
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  veterinarians: z.array(person),
  appointments: z.array(appointmentSchema),
  busy: z
    .array(
      z.object({
        veterinarianId: z.uuid(),
        startsAt: z.iso.datetime(),
        endsAt: z.iso.datetime(),
        practiceName: z.string(),
      }),
    )
    .describe(
      "These veterinarians' bookings at other practices in the same range: shown as busy, no details.",
    ),
});
export type CalendarView = z.infer<typeof calendarSchema>;

function checkTimes(startsAt: Date, endsAt: Date, ctx: z.RefinementCtx): void {
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  if (minutes < MIN_DURATION_MINUTES) {
    ctx.addIssue({
      code: 'custom',
      path: ['endsAt'],
      message: `An appointment lasts at least ${MIN_DURATION_MINUTES} minutes.`,
    });
  } else if (minutes > MAX_DURATION_MINUTES) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'An appointment lasts at most 24 hours.' });
  }
}

/** The same rule for reschedules, where the times are known only after merging with the stored appointment. */
export const appointmentTimesSchema = z
  .object({ startsAt: z.date(), endsAt: z.date() })
  .superRefine(({ startsAt, endsAt }, ctx) => checkTimes(startsAt, endsAt, ctx));
