import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { createPatient } from '@/server/tenant/patients/create-patient';
import { listPatients } from '@/server/tenant/patients/list-patients';
import {
  createPatientBody,
  listPatientsQuery,
  patientDetailSchema,
  patientListItemSchema,
} from '@/server/tenant/patients/patients.schema';

const tags = ['Patients'];

// GET /api/patients — any signed-in staff (patients:read): patients of their practices, searchable and filterable
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/patients',
    summary:
      'List patients of your practices (search by name or microchip; filter by species, status, client, practice)',
    tags,
    permission: 'patients:read',
    query: listPatientsQuery,
    response: patientListItemSchema,
    list: true,
  },
  async ({ db, user, query }) => listPatients(db, { user, query }),
);

// POST /api/patients — any signed-in staff (patients:write): register an animal to a client of their practices
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/patients',
    summary:
      "Register an animal to a client (in the client's practice); microchips are unique per clinic; 403 PLAN_LIMIT_REACHED past the plan's active patients",
    tags,
    permission: 'patients:write',
    body: createPatientBody,
    response: patientDetailSchema,
    status: 201,
    errors: ['NOT_FOUND', 'MICROCHIP_TAKEN', 'PLAN_LIMIT_REACHED'],
  },
  async ({ db, user, tenant, body }) => createPatient(db, { tenantId: tenant.id, user, input: body }),
);
