// GET /api/appointments/calendar — any signed-in user of the practice: a day or week view in the practice's time zone
import { readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { calendarQuery } from '@/server/tenant/appointments/appointments.schema';
import { getAppointmentCalendar } from '@/server/tenant/appointments/get-appointment-calendar';

export const GET = withTenant(
  async ({ req, db, user }) => getAppointmentCalendar(db, { query: readQuery(req, calendarQuery), user }),
  { permission: 'appointments:read' },
);
