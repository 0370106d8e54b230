// POST /api/medical-records/:id/sign — VETERINARIAN of the record's practice: sign and lock the version they read
import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { recordIdParams, signRecordBody } from '@/server/tenant/records/records.schema';
import { signMedicalRecord } from '@/server/tenant/records/sign-medical-record';

export const POST = withTenant<{ id: string }>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, recordIdParams);
    return signMedicalRecord(db, { id, input: await readJson(req, signRecordBody), user });
  },
  { permission: 'records:sign' },
);
