import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  appointmentIdParams,
  appointmentSchema,
  calendarQuery,
  calendarSchema,
  changeAppointmentStatusBody,
  createAppointmentBody,
  listAppointmentsQuery,
  updateAppointmentBody,
} from './appointments.schema';

const tags = ['Appointments'];
const anyStaff = 'ADMIN, VETERINARIAN, TECHNICIAN, RECEPTIONIST';

/** The appointments operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/appointments',
    summary: 'List appointments of your practices, in start order, with filters and a cursor',
    tags,
    auth: anyStaff,
    query: listAppointmentsQuery,
    response: appointmentSchema,
    list: true,
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/appointments',
    summary:
      'Book an appointment; 409 APPOINTMENT_CONFLICT (details.busy: veterinarian or patient) when the veterinarian or the patient already has an overlapping appointment, unless allowDoubleBooking: true',
    tags,
    auth: anyStaff,
    body: createAppointmentBody,
    response: appointmentSchema,
    successStatus: 201,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/appointments/calendar',
    summary: "Day or week view of a practice (optionally one veterinarian) in the practice's time zone",
    tags,
    auth: anyStaff,
    query: calendarQuery,
    response: calendarSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/appointments/{id}',
    summary: 'Read one appointment',
    tags,
    auth: anyStaff,
    params: appointmentIdParams,
    response: appointmentSchema,
    errors: [401, 403, 404],
  },
  {
    method: 'patch',
    path: '/api/appointments/{id}',
    summary:
      'Reschedule (times, veterinarian) or edit type, reason and notes; 409 when closed or the new slot is taken',
    tags,
    auth: anyStaff,
    params: appointmentIdParams,
    body: updateAppointmentBody,
    response: appointmentSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/appointments/{id}/status',
    summary: 'Change the status along the workflow; 409 INVALID_TRANSITION otherwise',
    tags,
    auth: anyStaff,
    params: appointmentIdParams,
    body: changeAppointmentStatusBody,
    response: appointmentSchema,
    errors: [400, 401, 403, 404, 409],
  },
];
