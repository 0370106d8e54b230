import { eq } from 'drizzle-orm';
import { utcMicros } from '@/server/shared/http/keyset';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { appointments, clients, patients, users, type Appointment } from '@/server/tenant/db/schema';
import type { AppointmentView } from './appointments.schema';
import { nextStatuses } from './appointment-workflow';

/** The columns every appointment answer carries: the row plus the names a calendar needs. */
const selection = {
  appointment: appointments,
  patient: { id: patients.id, name: patients.name, species: patients.species },
  client: { id: clients.id, name: clients.name },
  veterinarian: { id: users.id, name: users.name },
  // Exact text (microseconds, UTC): a JavaScript Date would drop the microseconds and break the keyset.
  sortKey: utcMicros(appointments.startsAt),
};

export type AppointmentRow = {
  appointment: Appointment;
  patient: { id: string; name: string; species: string };
  client: { id: string; name: string };
  veterinarian: { id: string; name: string };
  sortKey: string;
};

/** `select … from appointments` joined to its patient, client and veterinarian; callers add where/order/limit. */
export function selectAppointments(db: TenantExecutor) {
  return db
    .select(selection)
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(clients, eq(clients.id, appointments.clientId))
    .innerJoin(users, eq(users.id, appointments.veterinarianId));
}

export async function findAppointmentRow(
  db: TenantExecutor,
  id: string,
): Promise<AppointmentRow | undefined> {
  const [row] = await selectAppointments(db).where(eq(appointments.id, id));
  return row;
}

export function toAppointmentView({
  appointment: a,
  patient,
  client,
  veterinarian,
}: AppointmentRow): AppointmentView {
  return {
    id: a.id,
    practiceId: a.practiceId,
    patient,
    client,
    veterinarian,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    durationMinutes: Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000),
    type: a.type,
    reason: a.reason,
    notes: a.notes,
    status: a.status,
    doubleBooked: a.doubleBooked,
    cancellationReason: a.cancellationReason,
    nextStatuses: nextStatuses(a.status),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
