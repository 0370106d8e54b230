import { and, eq } from 'drizzle-orm';
import { conflict, notFound, validationError } from '@/server/shared/errors';
import { assertPracticeInScope } from '@/server/tenant/auth/practice-scope';
import type { TenantExecutor } from '@/server/tenant/db/tenant-db';
import { patients, practices, userPractices, users, type Patient } from '@/server/tenant/db/schema';

/** The practice must be one of the caller's (else 404) and still open for bookings. */
export async function assertBookablePractice(
  db: TenantExecutor,
  practiceId: string,
  practiceIds: string[],
): Promise<void> {
  assertPracticeInScope({ practiceIds }, practiceId);
  const [practice] = await db
    .select({ archivedAt: practices.archivedAt })
    .from(practices)
    .where(eq(practices.id, practiceId));
  if (!practice) throw notFound('Practice');
  if (practice.archivedAt)
    throw conflict('PRACTICE_ARCHIVED', 'This practice is archived and takes no new appointments.');
}

/** The patient must be registered at the practice and alive; its owner becomes the appointment's client. */
export async function bookablePatient(
  db: TenantExecutor,
  practiceId: string,
  patientId: string,
): Promise<Patient> {
  const [patient] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.practiceId, practiceId)));
  if (!patient)
    throw validationError({ fields: { patientId: ['This patient is not registered at this practice.'] } });
  if (patient.status === 'DECEASED')
    throw conflict('PATIENT_DECEASED', 'Appointments cannot be booked for a deceased patient.');
  return patient;
}

/** Only an active veterinarian who works at the practice can be booked. */
export async function assertBookableVeterinarian(
  db: TenantExecutor,
  practiceId: string,
  veterinarianId: string,
): Promise<void> {
  const [vet] = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(
      userPractices,
      and(eq(userPractices.userId, users.id), eq(userPractices.practiceId, practiceId)),
    )
    .where(and(eq(users.id, veterinarianId), eq(users.role, 'VETERINARIAN'), eq(users.isActive, true)));
  if (!vet)
    throw validationError({
      fields: { veterinarianId: ['Choose an active veterinarian of this practice.'] },
    });
}
