import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getPatient } from '@/server/tenant/patients/get-patient';
import {
  patientDetailSchema,
  patientParams,
  updatePatientBody,
} from '@/server/tenant/patients/patients.schema';
import { updatePatient } from '@/server/tenant/patients/update-patient';

const tags = ['Patients'];

// GET /api/patients/:id — any signed-in staff (patients:read) of the patient's practice: with owner and latest weight
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/patients/{id}',
    summary: 'One patient with its owner and latest weight',
    tags,
    permission: 'patients:read',
    params: patientParams,
    response: patientDetailSchema,
  },
  async ({ db, user, params }) => getPatient(db, { user, id: params.id }),
);

// PATCH /api/patients/:id — any signed-in staff (patients:write) of the patient's practice
export const PATCH = tenantRoute(
  {
    method: 'patch',
    path: '/api/patients/{id}',
    summary:
      "Change a patient's details, status or owner (same practice); back to ACTIVE counts against the plan's patients",
    tags,
    permission: 'patients:write',
    params: patientParams,
    body: updatePatientBody,
    response: patientDetailSchema,
    errors: ['NOT_FOUND', 'MICROCHIP_TAKEN', 'PLAN_LIMIT_REACHED'],
  },
  async ({ db, user, tenant, params, body }) =>
    updatePatient(db, { tenantId: tenant.id, user, id: params.id, input: body }),
);
