import { and, eq, sql } from 'drizzle-orm';
import { conflict, notFound, pgErrorCode, PG_FOREIGN_KEY_VIOLATION } from '@/server/shared/errors';
import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { inUserPractices } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients, patients } from '@/server/tenant/db/schema';

export type DeleteClientOptions = { user: TenantSessionUser; id: string };

/**
 * Deletes a client who has no animals (409 CLIENT_HAS_PATIENTS otherwise: their history must not be orphaned).
 * A patient added concurrently makes the delete fail on the foreign key, which is reported the same way.
 */
export async function deleteClient(db: TenantDb, { user, id }: DeleteClientOptions): Promise<void> {
  const hasPatients = () =>
    conflict('CLIENT_HAS_PATIENTS', 'This client still has patients; move or remove them first.');
  try {
    await db.transaction(async (tx) => {
      const [client] = await tx
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.id, id), inUserPractices(clients.practiceId, user)))
        .for('update');
      if (!client) throw notFound('Client');
      const [patient] = await tx
        .select({ one: sql`1` })
        .from(patients)
        .where(eq(patients.clientId, id))
        .limit(1);
      if (patient) throw hasPatients();
      await tx.delete(clients).where(eq(clients.id, id));
    });
  } catch (error) {
    // Other rows (e.g. an appointment) still naming this client.
    if (pgErrorCode(error) === PG_FOREIGN_KEY_VIOLATION)
      throw conflict('CLIENT_IN_USE', 'Other records still refer to this client.');
    throw error;
  }
}
