import {
  appointmentIdParams,
  appointmentSchema,
  updateAppointmentBody,
} from '@/server/tenant/appointments/appointments.schema';
import { getAppointment } from '@/server/tenant/appointments/get-appointment';
import { updateAppointment } from '@/server/tenant/appointments/update-appointment';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

const tags = ['Appointments'];

// GET /api/appointments/:id — any signed-in user of the appointment's practice
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/appointments/{id}',
    summary: 'Read one appointment',
    tags,
    permission: 'appointments:read',
    params: appointmentIdParams,
    response: appointmentSchema,
  },
  async ({ db, user, params }) => getAppointment(db, { id: params.id, user }),
);

// PATCH /api/appointments/:id — any signed-in user of the appointment's practice: reschedule or edit it
export const PATCH = tenantRoute(
  {
    method: 'patch',
    path: '/api/appointments/{id}',
    summary:
      'Reschedule (times, veterinarian) or edit type, reason and notes; 409 when closed or the new slot is taken; 422 APPOINTMENT_IN_PAST for a new start already gone by, unless allowPast: true',
    tags,
    permission: 'appointments:write',
    params: appointmentIdParams,
    body: updateAppointmentBody,
    response: appointmentSchema,
    errors: ['NOT_FOUND', 'APPOINTMENT_CLOSED', 'APPOINTMENT_CONFLICT', 'APPOINTMENT_IN_PAST'],
  },
  async ({ db, user, params, body }) => updateAppointment(db, { id: params.id, input: body, user }),
);
