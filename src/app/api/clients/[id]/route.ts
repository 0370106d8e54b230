import { noContent } from '@/server/shared/http/respond';
import { readJson, readParams } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { clientParams, updateClientBody } from '@/server/tenant/clients/clients.schema';
import { deleteClient } from '@/server/tenant/clients/delete-client';
import { getClient } from '@/server/tenant/clients/get-client';
import { updateClient } from '@/server/tenant/clients/update-client';

type Params = { id: string };

// GET /api/clients/:id — any signed-in staff (clients:read) of the client's practice
export const GET = withTenant<Params>(
  async ({ db, user, params }) => getClient(db, { user, id: readParams(params, clientParams).id }),
  { permission: 'clients:read' },
);

// PATCH /api/clients/:id — any signed-in staff (clients:write) of the client's practice
export const PATCH = withTenant<Params>(
  async ({ req, db, user, params }) => {
    const { id } = readParams(params, clientParams);
    return updateClient(db, { user, id, input: await readJson(req, updateClientBody) });
  },
  { permission: 'clients:write' },
);

// DELETE /api/clients/:id — any signed-in staff (clients:write) of the client's practice; only a client without patients
export const DELETE = withTenant<Params>(
  async ({ db, user, params }) => {
    await deleteClient(db, { user, id: readParams(params, clientParams).id });
    return noContent();
  },
  { permission: 'clients:write' },
);
