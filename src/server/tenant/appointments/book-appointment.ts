import type { TenantDb } from '@/server/tenant/db/tenant-db';
import type { TenantSessionUser } from '@/server/tenant/auth/tenant-sessions';
import { appointments } from '@/server/tenant/db/schema';
import { writeWithoutOverlap } from './appointment-conflicts';
import { findAppointmentRow, toAppointmentView } from './appointment-rows';
import type { AppointmentView, CreateAppointmentInput } from './appointments.schema';
import { assertStartAllowed } from './past-start';
import { assertBookablePractice, assertBookableVeterinarian, bookablePatient } from './booking-participants';

export type BookAppointmentOptions = {
  input: CreateAppointmentInput;
  user: Pick<TenantSessionUser, 'id' | 'practiceIds'>;
};

/**
 * Books an appointment in one of the caller's practices. The client is taken from the patient, never from the
 * request, so a booking cannot attach one owner's animal to another owner. Overlaps are refused by the database
 * (409 APPOINTMENT_CONFLICT) unless the caller explicitly allows double booking; a start in the past needs
 * `allowPast` (422 APPOINTMENT_IN_PAST).
 */
export async function bookAppointment(
  db: TenantDb,
  { input, user }: BookAppointmentOptions,
): Promise<AppointmentView> {
  assertStartAllowed(input.startsAt, input.allowPast);
  return db.transaction(async (tx) => {
    await assertBookablePractice(tx, input.practiceId, user.practiceIds);
    const patient = await bookablePatient(tx, input.practiceId, input.patientId);
    await assertBookableVeterinarian(tx, input.practiceId, input.veterinarianId);

    const id = await writeWithoutOverlap(
      tx,
      {
        veterinarianId: input.veterinarianId,
        patientId: patient.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        allowDoubleBooking: input.allowDoubleBooking,
        practiceIds: user.practiceIds,
      },
      async (executor, doubleBooked) => {
        const [row] = await executor
          .insert(appointments)
          .values({
            practiceId: input.practiceId,
            patientId: patient.id,
            clientId: patient.clientId,
            veterinarianId: input.veterinarianId,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            type: input.type,
            reason: input.reason ?? null,
            notes: input.notes ?? null,
            doubleBooked,
            createdBy: user.id,
          })
          .returning({ id: appointments.id });
        return row!.id;
      },
    );
    const row = await findAppointmentRow(tx, id);
    return toAppointmentView(row!);
  });
}
