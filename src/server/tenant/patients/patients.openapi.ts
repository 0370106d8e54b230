import type { ApiOperation } from '@/server/shared/openapi/operation';
import {
  createPatientBody,
  listPatientsQuery,
  listWeightsQuery,
  patientDetailSchema,
  patientListItemSchema,
  patientParams,
  recordWeightBody,
  updatePatientBody,
  weightSchema,
} from './patients.schema';
import { timelineEntrySchema, timelineQuery } from './timeline.schema';

const tags = ['Patients'];
const everyone = 'ADMIN, VETERINARIAN, TECHNICIAN, RECEPTIONIST';

/** The patients operations of the tenant API, for /api/openapi.json. */
export const operations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/patients',
    summary:
      'List patients of your practices (search by name or microchip; filter by species, status, client, practice)',
    tags,
    auth: everyone,
    query: listPatientsQuery,
    response: patientListItemSchema,
    list: true,
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: '/api/patients',
    summary:
      "Register an animal to a client (in the client's practice); microchips are unique per clinic; 403 PLAN_LIMIT_REACHED past the plan's active patients",
    tags,
    auth: everyone,
    body: createPatientBody,
    response: patientDetailSchema,
    successStatus: 201,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/patients/{id}',
    summary: 'One patient with its owner and latest weight',
    tags,
    auth: everyone,
    params: patientParams,
    response: patientDetailSchema,
    errors: [401, 404],
  },
  {
    method: 'patch',
    path: '/api/patients/{id}',
    summary:
      "Change a patient's details, status or owner (same practice); back to ACTIVE counts against the plan's patients",
    tags,
    auth: everyone,
    params: patientParams,
    body: updatePatientBody,
    response: patientDetailSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/patients/{id}/weights',
    summary: "A patient's weight history, newest first",
    tags,
    auth: everyone,
    params: patientParams,
    query: listWeightsQuery,
    response: weightSchema,
    list: true,
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: '/api/patients/{id}/weights',
    summary: 'Record a weighing (kg, positive)',
    tags,
    auth: everyone,
    params: patientParams,
    body: recordWeightBody,
    response: weightSchema,
    successStatus: 201,
    errors: [400, 401, 404],
  },
  {
    method: 'get',
    path: '/api/patients/{id}/timeline',
    summary:
      "A patient's appointments, records, prescriptions, weights and files, newest first (clinical detail by role)",
    tags,
    auth: everyone,
    params: patientParams,
    query: timelineQuery,
    response: timelineEntrySchema,
    list: true,
    errors: [400, 401, 404],
  },
];
