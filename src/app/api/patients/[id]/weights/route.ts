import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { listPatientWeights } from '@/server/tenant/patients/list-patient-weights';
import {
  listWeightsQuery,
  patientParams,
  recordWeightBody,
  weightSchema,
} from '@/server/tenant/patients/patients.schema';
import { recordPatientWeight } from '@/server/tenant/patients/record-patient-weight';

const tags = ['Patients'];

// GET /api/patients/:id/weights — any signed-in staff (patients:read) of the patient's practice: weight history, newest first
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/patients/{id}/weights',
    summary: "A patient's weight history, newest first",
    tags,
    permission: 'patients:read',
    params: patientParams,
    query: listWeightsQuery,
    response: weightSchema,
    list: true,
  },
  async ({ db, user, params, query }) => listPatientWeights(db, { user, patientId: params.id, query }),
);

// POST /api/patients/:id/weights — any signed-in staff (patients:write) of the patient's practice: record a weighing
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/patients/{id}/weights',
    summary: 'Record a weighing (kg, positive)',
    tags,
    permission: 'patients:write',
    params: patientParams,
    body: recordWeightBody,
    response: weightSchema,
    status: 201,
  },
  async ({ db, user, params, body }) => recordPatientWeight(db, { user, patientId: params.id, input: body }),
);
