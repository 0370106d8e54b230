import { tenantRoute } from '@/server/tenant/auth/tenant-route';
import { clientSchema, createClientBody, listClientsQuery } from '@/server/tenant/clients/clients.schema';
import { createClient } from '@/server/tenant/clients/create-client';
import { listClients } from '@/server/tenant/clients/list-clients';

const tags = ['Clients'];

// GET /api/clients — any signed-in staff (clients:read): clients of their practices, searchable
export const GET = tenantRoute(
  {
    method: 'get',
    path: '/api/clients',
    summary: 'List and search clients (pet owners) of your practices',
    tags,
    permission: 'clients:read',
    query: listClientsQuery,
    response: clientSchema,
    list: true,
  },
  async ({ db, user, query }) => listClients(db, { user, query }),
);

// POST /api/clients — any signed-in staff (clients:write): register a client in one of their practices
export const POST = tenantRoute(
  {
    method: 'post',
    path: '/api/clients',
    summary: 'Register a client in one of your practices',
    tags,
    permission: 'clients:write',
    body: createClientBody,
    response: clientSchema,
    status: 201,
  },
  async ({ db, user, body }) => createClient(db, { user, input: body }),
);
