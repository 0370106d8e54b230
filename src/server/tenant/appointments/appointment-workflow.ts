import type { AppointmentStatus } from '@/server/tenant/db/schema';

/**
 * The appointment status workflow: SCHEDULED → CONFIRMED → CHECKED_IN → IN_PROGRESS → COMPLETED, plus CANCELLED
 * (until the patient is seen) and NO_SHOW (until the patient arrives). A patient who walks in for an unconfirmed
 * booking is checked in straight from SCHEDULED: confirming first would be a click with no meaning. Terminal states have no way out, so a
 * cancelled slot can never silently come back and collide with a booking made after it was freed.
 */
export const APPOINTMENT_TRANSITIONS: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  SCHEDULED: ['CONFIRMED', 'CHECKED_IN', 'CANCELLED', 'NO_SHOW'],
  CONFIRMED: ['CHECKED_IN', 'CANCELLED', 'NO_SHOW'],
  CHECKED_IN: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

/** States in which the visit is over or will not happen: the time and veterinarian are history, not a plan. */
const CLOSED: ReadonlySet<AppointmentStatus> = new Set(['COMPLETED', 'CANCELLED', 'NO_SHOW']);

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return APPOINTMENT_TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: AppointmentStatus): AppointmentStatus[] {
  return [...APPOINTMENT_TRANSITIONS[from]];
}

export function isClosed(status: AppointmentStatus): boolean {
  return CLOSED.has(status);
}
