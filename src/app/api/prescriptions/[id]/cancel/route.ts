import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { cancelPrescription } from '@/server/tenant/prescriptions/cancel-prescription';
import { prescriptionIdParams, prescriptionSchema } from '@/server/tenant/prescriptions/prescriptions.schema';

// POST /api/prescriptions/:id/cancel — prescriptions:write (VETERINARIAN): stop an active prescription
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/prescriptions/{id}/cancel',
    summary: 'Cancel an active prescription',
    tags: ['Prescriptions'],
    permission: 'prescriptions:write',
    params: prescriptionIdParams,
    response: prescriptionSchema,
    errors: ['NOT_FOUND', 'PRESCRIPTION_NOT_ACTIVE'],
  },
  async ({ db, user, params }) => cancelPrescription(db, { id: params.id, user }),
);
