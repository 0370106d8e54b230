import { created, page } from '@/server/shared/http/respond';
import { readJson, readQuery } from '@/server/shared/http/request';
import { withTenant } from '@/server/tenant/auth/with-tenant';
import { createClientBody, listClientsQuery } from '@/server/tenant/clients/clients.schema';
import { createClient } from '@/server/tenant/clients/create-client';
import { listClients } from '@/server/tenant/clients/list-clients';

// GET /api/clients — any signed-in staff (clients:read): clients of their practices, searchable
export const GET = withTenant(
  async ({ req, db, user }) => {
    const { data, nextCursor } = await listClients(db, { user, query: readQuery(req, listClientsQuery) });
    return page(data, nextCursor);
  },
  { permission: 'clients:read' },
);

// POST /api/clients — any signed-in staff (clients:write): register a client in one of their practices
export const POST = withTenant(
  async ({ req, db, user }) =>
    created(await createClient(db, { user, input: await readJson(req, createClientBody) })),
  { permission: 'clients:write' },
);
