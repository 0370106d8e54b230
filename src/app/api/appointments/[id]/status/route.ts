import {
  appointmentIdParams,
  appointmentSchema,
  changeAppointmentStatusBody,
} from '@/server/tenant/appointments/appointments.schema';
import { changeAppointmentStatus } from '@/server/tenant/appointments/change-appointment-status';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// POST /api/appointments/:id/status — any signed-in user of the appointment's practice: move it along the workflow
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/appointments/{id}/status',
    summary: 'Change the status along the workflow; 409 INVALID_TRANSITION otherwise',
    tags: ['Appointments'],
    permission: 'appointments:write',
    params: appointmentIdParams,
    body: changeAppointmentStatusBody,
    response: appointmentSchema,
    errors: ['NOT_FOUND', 'INVALID_TRANSITION'],
  },
  async ({ db, user, params, body }) => changeAppointmentStatus(db, { id: params.id, input: body, user }),
);
