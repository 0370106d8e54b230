import { and, eq } from 'drizzle-orm';
import { validationError } from '@/server/shared/errors';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { appointments } from '@/server/tenant/db/schema';

/** A record may only be linked to an appointment of the same patient (which also keeps it in the same practice). */
export async function linkableAppointment(
  db: TenantExecutor,
  appointmentId: string,
  patientId: string,
): Promise<{ startsAt: Date }> {
  const [appointment] = await db
    .select({ startsAt: appointments.startsAt })
    .from(appointments)
    .where(and(eq(appointments.id, appointmentId), eq(appointments.patientId, patientId)));
  if (!appointment)
    throw validationError({ fields: { appointmentId: ['Choose an appointment of this patient.'] } });
  return appointment;
}
