/**
 * Appointments as both the server and the calendar see them: the statuses and kinds of visit, and the workflow
 * between statuses. The drizzle schema builds its check constraint from APPOINTMENT_STATUSES, the API validates
 * with it, and the calendar decides what can be dragged with the same rule the server uses to refuse a move.
 */

export const APPOINTMENT_STATUSES = [
  'SCHEDULED',
  'CONFIRMED',
  'CHECKED_IN',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
  'NO_SHOW',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Kinds of visit the calendar colours and filters by; stored as text so new kinds need no migration. */
export const APPOINTMENT_TYPES = [
  'CONSULTATION',
  'VACCINATION',
  'FOLLOW_UP',
  'SURGERY',
  'DENTAL',
  'EMERGENCY',
  'GROOMING',
  'OTHER',
] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];

/** Bookings are whole minutes, at least 5 and at most one day long. */
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 24 * 60;

/**
 * The appointment status workflow: SCHEDULED → CONFIRMED → CHECKED_IN → IN_PROGRESS → COMPLETED, plus CANCELLED
 * (until the patient is seen) and NO_SHOW (until the patient arrives). A patient who walks in for an unconfirmed
 * booking is checked in straight from SCHEDULED: confirming first would be a click with no meaning. Terminal
 * states have no way out, so a cancelled slot can never silently come back and collide with a booking made after
 * it was freed.
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

/**
 * Whether the time or veterinarian may still change (the server's reschedule rule, and what the calendar lets
 * you drag): everything not closed, so a visit running over (IN_PROGRESS) can still be moved.
 */
export function isMovable(status: AppointmentStatus): boolean {
  return !isClosed(status);
}
