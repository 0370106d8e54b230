// GET /api/medical-records/:id — any signed-in user of its practice (receptionists: summary) · PATCH — VETERINARIAN, TECHNICIAN: edit a draft
import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getMedicalRecord } from '@/server/tenant/records/get-medical-record';
import { recordIdParams, updateRecordBody } from '@/server/tenant/records/records.schema';
import { updateMedicalRecord } from '@/server/tenant/records/update-medical-record';

type Params = { id: string };

export const GET = withTenant<Params>(
  async ({ db, user, params }) => getMedicalRecord(db, { id: readParams(params, recordIdParams).id, user }),
  { permission: 'records:read-summary' },
);

export const PATCH = withTenant<Params>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, recordIdParams);
    return updateMedicalRecord(db, { id, input: await readJson(req, updateRecordBody), user });
  },
  { permission: 'records:write' },
);
