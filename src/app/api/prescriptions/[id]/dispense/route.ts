import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { dispensePrescription } from '@/server/tenant/prescriptions/dispense-prescription';
import {
  dispenseBody,
  dispenseResultSchema,
  prescriptionIdParams,
} from '@/server/tenant/prescriptions/prescriptions.schema';

// POST /api/prescriptions/:id/dispense — prescriptions:dispense (VETERINARIAN, TECHNICIAN): hand out stock against it
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/prescriptions/{id}/dispense',
    summary:
      'Dispense against a prescription: stock, ledger and fill in one transaction (409 INSUFFICIENT_STOCK, EXCEEDS_PRESCRIPTION, NO_REFILLS_LEFT, PRESCRIPTION_CANCELLED)',
    tags: ['Prescriptions'],
    permission: 'prescriptions:dispense',
    params: prescriptionIdParams,
    // Every field is optional: a bare POST (no body at all) dispenses one full fill.
    body: dispenseBody,
    optionalBody: true,
    response: dispenseResultSchema,
    status: 201,
    errors: [
      'NOT_FOUND',
      'INSUFFICIENT_STOCK',
      'EXCEEDS_PRESCRIPTION',
      'NO_REFILLS_LEFT',
      'PRESCRIPTION_CANCELLED',
      'PRESCRIPTION_COMPLETED',
    ],
  },
  async ({ db, user, params, body }) => dispensePrescription(db, { id: params.id, input: body, user }),
);
