// GET /api/prescriptions (prescriptions:read: ADMIN, VETERINARIAN, TECHNICIAN) · POST /api/prescriptions (prescriptions:write: VETERINARIAN)
import { readJson, readQuery } from '@/server/shared/http/request';
import { created, page } from '@/server/shared/http/respond';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { assertPlanFeature } from '@/server/tenant/plan-limits/assert-plan-feature';
import { createPrescription } from '@/server/tenant/prescriptions/create-prescription';
import { listPrescriptions } from '@/server/tenant/prescriptions/list-prescriptions';
import {
  createPrescriptionBody,
  listPrescriptionsQuery,
} from '@/server/tenant/prescriptions/prescriptions.schema';

// GET: prescriptions of the caller's practices, newest first; patientId, practiceId, status; cursor pages
export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listPrescriptions(db, {
      query: readQuery(req, listPrescriptionsQuery),
      user,
    });
    return page(data, nextCursor);
  },
  { permission: 'prescriptions:read' },
);

// POST: prescribe a stocked drug; schedule II allows no refills, III–V at most five
export const POST = withTenant(
  async ({ req, db, user, tenant }) => {
    await assertPlanFeature(tenant.id, 'prescriptions');
    return created(
      await createPrescription(db, { input: await readJson(req, createPrescriptionBody), user }),
    );
  },
  { permission: 'prescriptions:write' },
);
