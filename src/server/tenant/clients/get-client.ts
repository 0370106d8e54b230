import { and, eq } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients } from '@/server/tenant/db/schema';
import { clientColumns, toClientView } from './client-view';
import type { ClientView } from './clients.schema';

export type GetClientOptions = { user: TenantSessionUser; id: string };

/** One client of the caller's practices; any other id answers 404. */
export async function getClient(db: TenantDb, { user, id }: GetClientOptions): Promise<ClientView> {
  const [row] = await db
    .select(clientColumns)
    .from(clients)
    .where(and(eq(clients.id, id), inUserPractices(clients.practiceId, user)));
  if (!row) throw notFound('Client');
  return toClientView(row);
}
