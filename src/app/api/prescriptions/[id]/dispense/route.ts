// POST /api/prescriptions/:id/dispense — prescriptions:dispense (VETERINARIAN, TECHNICIAN): hand out stock against it
import { readJson, readParams } from '@/server/shared/http/request';
import { created } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { dispensePrescription } from '@/server/tenant/prescriptions/dispense-prescription';
import { dispenseBody, prescriptionIdParams } from '@/server/tenant/prescriptions/prescriptions.schema';

export const POST = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, prescriptionIdParams);
    // Every field is optional: a bare POST (no body at all) dispenses one full fill.
    const input = req.body === null ? dispenseBody.parse({}) : await readJson(req, dispenseBody);
    return created(await dispensePrescription(db, { id, input, user }));
  },
  { permission: 'prescriptions:dispense' },
);
