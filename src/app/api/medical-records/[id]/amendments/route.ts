// POST /api/medical-records/:id/amendments — VETERINARIAN of the record's practice: correct a signed record
import { created } from '@/server/shared/http/respond';
import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { amendMedicalRecord } from '@/server/tenant/records/amend-medical-record';
import { amendRecordBody, recordIdParams } from '@/server/tenant/records/records.schema';

export const POST = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, recordIdParams);
    return created(await amendMedicalRecord(db, { id, input: await readJson(req, amendRecordBody), user }));
  },
  { permission: 'records:amend' },
);
