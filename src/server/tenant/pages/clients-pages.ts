import 'server-only';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { listClientsQuery } from '@/server/tenant/clients/clients.schema';
import { getClient } from '@/server/tenant/clients/get-client';
import { listClients } from '@/server/tenant/clients/list-clients';
import { listPatients } from '@/server/tenant/patients/list-patients';
import { withPageDb } from './page-context';
import { orNotFound, parsePageQuery, type SearchParams } from './page-data';

/** The filters of the clients list from the URL (invalid ones dropped), and one page of clients. */
export async function loadClientsPage(user: TenantSessionUser, searchParams: SearchParams) {
  const query = parsePageQuery(listClientsQuery, searchParams);
  // A stale or foreign cursor restarts at the first page instead of failing the page.
  const page = await withPageDb((db) =>
    listClients(db, { user, query: { ...query, limit: 50 } }).catch(() =>
      listClients(db, { user, query: { ...query, cursor: undefined, limit: 50 } }),
    ),
  );
  return { query, ...page };
}

/** A client and their patients; an unknown or invisible client is the 404 page. */
export async function loadClientPage(user: TenantSessionUser, id: string) {
  return withPageDb(async (db) => {
    const client = await orNotFound(getClient(db, { user, id }));
    const { data } = await listPatients(db, { user, query: { clientId: id, limit: 100 } });
    return { client, patients: data };
  });
}
