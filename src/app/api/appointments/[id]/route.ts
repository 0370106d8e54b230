// GET /api/appointments/:id — any signed-in user of the appointment's practice · PATCH — same: reschedule or edit it
import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { appointmentIdParams, updateAppointmentBody } from '@/server/tenant/appointments/appointments.schema';
import { getAppointment } from '@/server/tenant/appointments/get-appointment';
import { updateAppointment } from '@/server/tenant/appointments/update-appointment';

type Params = { id: string };

export const GET = withTenant<Params>(
  async ({ db, user, params }) =>
    getAppointment(db, { id: readParams(params, appointmentIdParams).id, user }),
  { permission: 'appointments:read' },
);

export const PATCH = withTenant<Params>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, appointmentIdParams);
    return updateAppointment(db, { id, input: await readJson(req, updateAppointmentBody), user });
  },
  { permission: 'appointments:write' },
);
