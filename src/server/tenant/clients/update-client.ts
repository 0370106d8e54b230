import { and, eq, sql } from 'drizzle-orm';
import { notFound } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients } from '@/server/tenant/db/schema';
import { clientColumns, toClientView } from './client-view';
import type { ClientView, UpdateClientInput } from './clients.schema';

export type UpdateClientOptions = { user: TenantSessionUser; id: string; input: UpdateClientInput };

/** Changes a client's details; the consent timestamp moves only when consent actually changes. */
export async function updateClient(
  db: TenantDb,
  { user, id, input }: UpdateClientOptions,
): Promise<ClientView> {
  return db.transaction(async (tx) => {
    const consentUpdatedAt =
      input.communicationConsent === undefined
        ? undefined
        : sql`case when ${clients.communicationConsent} is distinct from ${input.communicationConsent} then now() else ${clients.consentUpdatedAt} end`;
    const [updated] = await tx
      .update(clients)
      .set({ ...input, consentUpdatedAt, updatedAt: new Date() })
      .where(and(eq(clients.id, id), inUserPractices(clients.practiceId, user)))
      .returning({ id: clients.id });
    if (!updated) throw notFound('Client');
    const [row] = await tx.select(clientColumns).from(clients).where(eq(clients.id, id));
    return toClientView(row!);
  });
}
