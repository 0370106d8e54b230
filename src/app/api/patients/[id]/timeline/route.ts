import { page } from '@/server/shared/http/respond';
import { readParams, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getPatientTimeline } from '@/server/tenant/patients/get-patient-timeline';
import { patientParams } from '@/server/tenant/patients/patients.schema';
import { timelineQuery } from '@/server/tenant/patients/timeline.schema';

// GET /api/patients/:id/timeline — any signed-in staff (patients:read) of the patient's practice; clinical detail by role
export const GET = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, patientParams);
    const { data, nextCursor } = await getPatientTimeline(db, {
      user,
      patientId: id,
      query: readQuery(req, timelineQuery),
    });
    return page(data, nextCursor);
  },
  { permission: 'patients:read' },
);
