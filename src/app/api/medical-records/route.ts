// GET /api/medical-records — any signed-in user (receptionists get summaries only) · POST — VETERINARIAN, TECHNICIAN: open a draft
import { created, page } from '@/server/shared/http/respond';
import { readJson, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { assertPlanFeature } from '@/server/tenant/plan-limits/assert-plan-feature';
import { createMedicalRecord } from '@/server/tenant/records/create-medical-record';
import { listMedicalRecords } from '@/server/tenant/records/list-medical-records';
import { createRecordBody, listRecordsQuery } from '@/server/tenant/records/records.schema';

export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listMedicalRecords(db, {
      query: readQuery(req, listRecordsQuery),
      user,
    });
    return page(data, nextCursor);
  },
  { permission: 'records:read-summary' },
);

export const POST = withTenant(
  async ({ req, db, user, tenant }) => {
    await assertPlanFeature(tenant.id, 'medical-records');
    return created(await createMedicalRecord(db, { input: await readJson(req, createRecordBody), user }));
  },
  { permission: 'records:write' },
);
