import {
  appointmentSchema,
  createAppointmentBody,
  listAppointmentsQuery,
} from '@/server/tenant/appointments/appointments.schema';
import { bookAppointment } from '@/server/tenant/appointments/book-appointment';
import { listAppointments } from '@/server/tenant/appointments/list-appointments';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

const tags = ['Appointments'];

// GET /api/appointments — any signed-in user: appointments of their practices (filters, cursor)
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/appointments',
    summary: 'List appointments of your practices, in start order, with filters and a cursor',
    tags,
    permission: 'appointments:read',
    query: listAppointmentsQuery,
    response: appointmentSchema,
    list: true,
  },
  async ({ db, user, query }) => listAppointments(db, { query, user }),
);

// POST /api/appointments — any signed-in user: book one (the plan must include appointments)
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/appointments',
    summary:
      'Book an appointment; 409 APPOINTMENT_CONFLICT (details.busy: veterinarian or patient) when the veterinarian or the patient already has an overlapping appointment, unless allowDoubleBooking: true; 422 APPOINTMENT_IN_PAST for a start already gone by, unless allowPast: true',
    tags,
    permission: 'appointments:write',
    planFeature: 'appointments',
    body: createAppointmentBody,
    response: appointmentSchema,
    status: 201,
    errors: [
      'NOT_FOUND',
      'APPOINTMENT_CONFLICT',
      'APPOINTMENT_IN_PAST',
      'PRACTICE_ARCHIVED',
      'PATIENT_DECEASED',
    ],
  },
  async ({ db, user, body }) => bookAppointment(db, { input: body, user }),
);
