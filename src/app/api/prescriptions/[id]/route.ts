import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { getPrescription } from '@/server/tenant/prescriptions/get-prescription';
import {
  prescriptionDetailSchema,
  prescriptionIdParams,
} from '@/server/tenant/prescriptions/prescriptions.schema';

// GET /api/prescriptions/:id — prescriptions:read (ADMIN, VETERINARIAN, TECHNICIAN): the prescription with its dispenses
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/prescriptions/{id}',
    summary: 'Get a prescription with its dispenses',
    tags: ['Prescriptions'],
    permission: 'prescriptions:read',
    params: prescriptionIdParams,
    response: prescriptionDetailSchema,
  },
  async ({ db, user, params }) => getPrescription(db, { id: params.id, user }),
);
