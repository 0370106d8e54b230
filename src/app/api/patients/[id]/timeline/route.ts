import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getPatientTimeline } from '@/server/tenant/patients/get-patient-timeline';
import { patientParams } from '@/server/tenant/patients/patients.schema';
import { timelineEntrySchema, timelineQuery } from '@/server/tenant/patients/timeline.schema';

// GET /api/patients/:id/timeline — any signed-in staff (patients:read) of the patient's practice; clinical detail by role
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/patients/{id}/timeline',
    summary:
      "A patient's appointments, records, prescriptions, weights and files, newest first (clinical detail by role)",
    tags: ['Patients'],
    permission: 'patients:read',
    params: patientParams,
    query: timelineQuery,
    response: timelineEntrySchema,
    list: true,
  },
  async ({ db, user, params, query }) => getPatientTimeline(db, { user, patientId: params.id, query }),
);
