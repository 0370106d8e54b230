import { AppError } from '@/server/shared/errors';

/**
 * Receptionists record past visits only on purpose: a booking or move whose start has already gone by is
 * refused (422 APPOINTMENT_IN_PAST) unless the request says `allowPast: true`. The UI asks first, then sends the
 * flag; a slip of the date picker cannot land a visit in the past unnoticed.
 */
export function assertStartAllowed(startsAt: Date, allowPast: boolean, now = new Date()): void {
  if (allowPast || startsAt.getTime() >= now.getTime()) return;
  throw new AppError(
    422,
    'APPOINTMENT_IN_PAST',
    'This appointment would start in the past. Pick a later time, or confirm that you are recording a visit that already happened.',
    { startsAt: startsAt.toISOString() },
  );
}
