import type { TenantDb } from '@/server/tenant/db/tenant-db';
import { assertPracticeInScope } from '@/server/tenant/auth/practice-scope';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { clients } from '@/server/tenant/db/schema';
import type { ClientView, CreateClientInput } from './clients.schema';
import { toClientView } from './client-view';

export type CreateClientOptions = { user: TenantSessionUser; input: CreateClientInput };

/** Registers a client in one of the caller's practices (another practice's id answers 404, as on reads). */
export async function createClient(db: TenantDb, { user, input }: CreateClientOptions): Promise<ClientView> {
  assertPracticeInScope(user, input.practiceId);
  const consent = input.communicationConsent ?? false;
  const [row] = await db
    .insert(clients)
    .values({ ...input, communicationConsent: consent, consentUpdatedAt: consent ? new Date() : null })
    .returning();
  return toClientView({ ...row!, patientCount: 0 });
}
