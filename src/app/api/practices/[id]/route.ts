import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getPractice } from '@/server/tenant/practices/get-practice';
import { practiceParams, updatePracticeBody } from '@/server/tenant/practices/practices.schema';
import { updatePractice } from '@/server/tenant/practices/update-practice';

type Params = { id: string };

// GET /api/practices/:id — any signed-in staff (practices:read) of that practice
export const GET = withTenant<Params>(
  async ({ db, user, params }) => getPractice(db, { user, id: readParams(params, practiceParams).id }),
  { permission: 'practices:read' },
);

// PATCH /api/practices/:id — ADMIN (practices:manage): name, address, phone, email, time zone
export const PATCH = withTenant<Params>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, practiceParams);
    return updatePractice(db, { user, id, input: await readJson(req, updatePracticeBody) });
  },
  { permission: 'practices:manage' },
);
