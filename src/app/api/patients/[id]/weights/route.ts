import { created, page } from '@/server/shared/http/respond';
import { readJson, readParams, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { listPatientWeights } from '@/server/tenant/patients/list-patient-weights';
import { listWeightsQuery, patientParams, recordWeightBody } from '@/server/tenant/patients/patients.schema';
import { recordPatientWeight } from '@/server/tenant/patients/record-patient-weight';

type Params = { id: string };

// GET /api/patients/:id/weights — any signed-in staff (patients:read) of the patient's practice: weight history, newest first
export const GET = withTenant<Params>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, patientParams);
    const { data, nextCursor } = await listPatientWeights(db, {
      user,
      patientId: id,
      query: readQuery(req, listWeightsQuery),
    });
    return page(data, nextCursor);
  },
  { permission: 'patients:read' },
);

// POST /api/patients/:id/weights — any signed-in staff (patients:write) of the patient's practice: record a weighing
export const POST = withTenant<Params>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, patientParams);
    return created(
      await recordPatientWeight(db, { user, patientId: id, input: await readJson(req, recordWeightBody) }),
    );
  },
  { permission: 'patients:write' },
);
