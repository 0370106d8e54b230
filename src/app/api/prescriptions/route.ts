import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { createPrescription } from '@/server/tenant/prescriptions/create-prescription';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';
import {
  createPrescriptionBody,
  listPrescriptionsQuery,
  prescriptionSchema,
} from '@/server/tenant/prescriptions/prescriptions.schema';

const tags = ['Prescriptions'];

// GET /api/prescriptions (prescriptions:read: ADMIN, VETERINARIAN, TECHNICIAN): newest first; patientId, practiceId, status; cursor pages
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/prescriptions',
    summary: 'List prescriptions, newest first',
    tags,
    permission: 'prescriptions:read',
    query: listPrescriptionsQuery,
    response: prescriptionSchema,
    list: true,
  },
  async ({ db, user, query }) => listPrescriptions(db, { query, user }),
);

// POST /api/prescriptions (prescriptions:write: VETERINARIAN): prescribe a stocked drug; schedule II allows no refills, III–V at most five
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/prescriptions',
    summary: 'Prescribe a stocked drug (schedule II: no refills; III–V: at most 5)',
    tags,
    permission: 'prescriptions:write',
    planFeature: 'prescriptions',
    body: createPrescriptionBody,
    response: prescriptionSchema,
    status: 201,
    errors: ['NOT_FOUND', 'PATIENT_NOT_ACTIVE', 'ITEM_INACTIVE'],
  },
  async ({ db, user, body }) => createPrescription(db, { input: body, user }),
);
