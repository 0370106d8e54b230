// POST /api/appointments/:id/status — any signed-in user of the appointment's practice: move it along the workflow
import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import {
  appointmentIdParams,
  changeAppointmentStatusBody,
} from '@/server/tenant/appointments/appointments.schema';
import { changeAppointmentStatus } from '@/server/tenant/appointments/change-appointment-status';

export const POST = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, appointmentIdParams);
    return changeAppointmentStatus(db, { id, input: await readJson(req, changeAppointmentStatusBody), user });
  },
  { permission: 'appointments:write' },
);
