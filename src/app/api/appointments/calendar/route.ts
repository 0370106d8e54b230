import { calendarQuery, calendarSchema } from '@/server/tenant/appointments/appointments.schema';
import { getAppointmentCalendar } from '@/server/tenant/appointments/get-appointment-calendar';
import { tenantRoute } from '@/server/tenant/auth/tenant-route';

// GET /api/appointments/calendar — any signed-in user of the practice: a day or week view in the practice's time zone
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/appointments/calendar',
    summary: "Day or week view of a practice (optionally one veterinarian) in the practice's time zone",
    tags: ['Appointments'],
    permission: 'appointments:read',
    query: calendarQuery,
    response: calendarSchema,
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, query }) => getAppointmentCalendar(db, { query, user }),
);
