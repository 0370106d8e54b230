import { created, page } from '@/server/shared/http/respond';
import { readJson, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { createPatient } from '@/server/tenant/patients/create-patient';
import { listPatients } from '@/server/tenant/patients/list-patients';
import { createPatientBody, listPatientsQuery } from '@/server/tenant/patients/patients.schema';

// GET /api/patients — any signed-in staff (patients:read): patients of their practices, searchable and filterable
export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listPatients(db, { user, query: readQuery(req, listPatientsQuery) });
    return page(data, nextCursor);
  },
  { permission: 'patients:read' },
);

// POST /api/patients — any signed-in staff (patients:write): register an animal to a client of their practices
export const POST = withTenant(
  async ({ req, db, user, tenant }) =>
    created(
      await createPatient(db, { tenantId: tenant.id, user, input: await readJson(req, createPatientBody) }),
    ),
  { permission: 'patients:write' },
);
