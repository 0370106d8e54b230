// POST /api/prescriptions/:id/cancel — prescriptions:write (VETERINARIAN): stop an active prescription
import { readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { cancelPrescription } from '@/server/tenant/prescriptions/cancel-prescription';
import { prescriptionIdParams } from '@/server/tenant/prescriptions/prescriptions.schema';

export const POST = withTenant<{ id: string }>(
  async ({ db, user, params }) =>
    cancelPrescription(db, { id: readParams(params, prescriptionIdParams).id, user }),
  { permission: 'prescriptions:write' },
);
