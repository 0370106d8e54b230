import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { clientParams, clientSchema, updateClientBody } from '@/server/tenant/clients/clients.schema';
import { deleteClient } from '@/server/tenant/clients/delete-client';
import { getClient } from '@/server/tenant/clients/get-client';
import { updateClient } from '@/server/tenant/clients/update-client';

const tags = ['Clients'];

// GET /api/clients/:id — any signed-in staff (clients:read) of the client's practice
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/clients/{id}',
    summary: 'One client',
    tags,
    permission: 'clients:read',
    params: clientParams,
    response: clientSchema,
  },
  async ({ db, user, params }) => getClient(db, { user, id: params.id }),
);

// PATCH /api/clients/:id — any signed-in staff (clients:write) of the client's practice
export const PATCH = tenantRoute(
  {
    method: 'patch',
    path: '/api/clients/{id}',
    summary: "Change a client's details or communication consent",
    tags,
    permission: 'clients:write',
    params: clientParams,
    body: updateClientBody,
    response: clientSchema,
    errors: ['NOT_FOUND'],
  },
  async ({ db, user, params, body }) => updateClient(db, { user, id: params.id, input: body }),
);

// DELETE /api/clients/:id — any signed-in staff (clients:write) of the client's practice; only a client without patients
export const DELETE = tenantRoute(
  {
    method: 'delete',
    path: '/api/clients/{id}',
    summary: 'Delete a client who has no patients',
    tags,
    permission: 'clients:write',
    params: clientParams,
    status: 204,
    errors: ['NOT_FOUND', 'CLIENT_HAS_PATIENTS', 'CLIENT_IN_USE'],
  },
  async ({ db, user, params }) => {
    await deleteClient(db, { user, id: params.id });
  },
);
