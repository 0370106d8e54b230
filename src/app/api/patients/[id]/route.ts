import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getPatient } from '@/server/tenant/patients/get-patient';
import { patientParams, updatePatientBody } from '@/server/tenant/patients/patients.schema';
import { updatePatient } from '@/server/tenant/patients/update-patient';

type Params = { id: string };

// GET /api/patients/:id — any signed-in staff (patients:read) of the patient's practice: with owner and latest weight
export const GET = withTenant<Params>(
  async ({ db, user, params }) => getPatient(db, { user, id: readParams(params, patientParams).id }),
  { permission: 'patients:read' },
);

// PATCH /api/patients/:id — any signed-in staff (patients:write) of the patient's practice
export const PATCH = withTenant<Params>(
  async ({ req, db, user, params, tenant }) => {
    const { id } = readParams(params, patientParams);
    return updatePatient(db, {
      tenantId: tenant.id,
      user,
      id,
      input: await readJson(req, updatePatientBody),
    });
  },
  { permission: 'patients:write' },
);
