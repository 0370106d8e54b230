// GET /api/prescriptions/:id — prescriptions:read (ADMIN, VETERINARIAN, TECHNICIAN): the prescription with its dispenses
import { readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getPrescription } from '@/server/tenant/prescriptions/get-prescription';
import { prescriptionIdParams } from '@/server/tenant/prescriptions/prescriptions.schema';

export const GET = withTenant<{ id: string }>(
  async ({ db, user, params }) =>
    getPrescription(db, { id: readParams(params, prescriptionIdParams).id, user }),
  { permission: 'prescriptions:read' },
);
