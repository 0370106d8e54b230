import { getTableColumns, sql } from 'drizzle-orm';
import { clients, patients, type Client } from '@/server/tenant/db/schema';
import type { ClientView } from './clients.schema';

/** The selection a client view is built from, with its number of animals. */
export const clientColumns = {
  ...getTableColumns(clients),
  patientCount: sql<number>`(select count(*)::int from ${patients} where ${patients.clientId} = ${clients.id})`,
};

export function toClientView({ patientCount, ...client }: Client & { patientCount: number }): ClientView {
  return {
    id: client.id,
    practiceId: client.practiceId,
    name: client.name,
    email: client.email,
    phone: client.phone,
    address: client.address,
    communicationConsent: client.communicationConsent,
    consentUpdatedAt: client.consentUpdatedAt?.toISOString() ?? null,
    notes: client.notes,
    patientCount: Number(patientCount),
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
  };
}
