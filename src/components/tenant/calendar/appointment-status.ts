import type { AppointmentStatus } from '@/lib/domain/tenant/appointments';

/** The words on the workflow buttons: what the action does, not the state it leads to. */
export const STATUS_ACTIONS: Record<
  AppointmentStatus,
  { label: string; variant: 'primary' | 'secondary' | 'danger' }
> = {
  SCHEDULED: { label: 'Mark as scheduled', variant: 'secondary' },
  CONFIRMED: { label: 'Confirm', variant: 'secondary' },
  CHECKED_IN: { label: 'Check in', variant: 'primary' },
  IN_PROGRESS: { label: 'Start visit', variant: 'primary' },
  COMPLETED: { label: 'Complete visit', variant: 'primary' },
  CANCELLED: { label: 'Cancel appointment', variant: 'danger' },
  NO_SHOW: { label: 'Mark as no-show', variant: 'secondary' },
};

/** Calendar block colours by status (left border + tint). */
export const STATUS_BLOCK: Record<AppointmentStatus, string> = {
  SCHEDULED: 'border-l-sky-500 bg-sky-50 text-sky-950',
  CONFIRMED: 'border-l-emerald-500 bg-emerald-50 text-emerald-950',
  CHECKED_IN: 'border-l-amber-500 bg-amber-50 text-amber-950',
  IN_PROGRESS: 'border-l-violet-500 bg-violet-50 text-violet-950',
  COMPLETED: 'border-l-slate-400 bg-slate-100 text-slate-700',
  CANCELLED: 'border-l-slate-300 bg-white text-slate-400 line-through',
  NO_SHOW: 'border-l-red-400 bg-red-50 text-red-900',
};
