import { getTableColumns, sql } from 'drizzle-orm';
import { clients, patients, type Client } from '@/server/tenant/db/schema';
import type { ClientView } from './clients.schema';

/** The selection a client view is built from, with its number of animals. */
export const clientColumns = {
  ...getTableColumns(clients),
  // Spelled out: drizzle drops table names from columns in a single-table select list, which would turn a
  // correlated `patients.client_id = clients.id` into `client_id = id` inside the subquery.
  patientCount: sql<number>`(select count(*)::int from ${patients} as p where p.client_id = ${clients}.id)`,
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
