import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { getUser } from '@/server/tenant/users/get-user';
import { updateUser } from '@/server/tenant/users/update-user';
import { updateUserBody, userParams } from '@/server/tenant/users/users.schema';

type Params = { id: string };

// GET /api/users/:id — any signed-in staff (users:read): one colleague (admins: anyone)
export const GET = withTenant<Params>(
  async ({ db, user, params }) => getUser(db, { user, id: readParams(params, userParams).id }),
  { permission: 'users:read' },
);

// PATCH /api/users/:id — ADMIN (users:manage): change email, name, role or practices
export const PATCH = withTenant<Params>(
  async ({ req, db, params }) => {
    const { id } = readParams(params, userParams);
    return updateUser(db, { id, input: await readJson(req, updateUserBody) });
  },
  { permission: 'users:manage' },
);
