// GET /api/appointments — any signed-in user: appointments of their practices (filters, cursor) · POST — any signed-in user: book one
import { created, page } from '@/server/shared/http/respond';
import { readJson, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { assertPlanFeature } from '@/server/tenant/plan-limits/assert-plan-feature';
import {
  createAppointmentBody,
  listAppointmentsQuery,
} from '@/server/tenant/appointments/appointments.schema';
import { bookAppointment } from '@/server/tenant/appointments/book-appointment';
import { listAppointments } from '@/server/tenant/appointments/list-appointments';

export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listAppointments(db, {
      query: readQuery(req, listAppointmentsQuery),
      user,
    });
    return page(data, nextCursor);
  },
  { permission: 'appointments:read' },
);

export const POST = withTenant(
  async ({ req, db, user, tenant }) => {
    await assertPlanFeature(tenant.id, 'appointments');
    return created(await bookAppointment(db, { input: await readJson(req, createAppointmentBody), user }));
  },
  { permission: 'appointments:write' },
);
