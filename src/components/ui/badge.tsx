import type { ReactNode } from 'react';
import { cn } from './cn';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'brand';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-600/25',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  danger: 'bg-red-50 text-red-800 ring-red-600/25',
  info: 'bg-sky-50 text-sky-800 ring-sky-600/25',
  brand: 'bg-brand-50 text-brand-800 ring-brand-600/25',
};

const dots: Record<BadgeTone, string> = {
  neutral: 'bg-slate-400',
  success: 'bg-emerald-500',
  warning: 'bg-amber-500',
  danger: 'bg-red-500',
  info: 'bg-sky-500',
  brand: 'bg-brand-500',
};

export function Badge({
  tone = 'neutral',
  dot = false,
  children,
  className,
}: {
  tone?: BadgeTone;
  dot?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tones[tone],
        className,
      )}
    >
      {dot ? <span aria-hidden="true" className={cn('size-1.5 rounded-full', dots[tone])} /> : null}
      {children}
    </span>
  );
}

/**
 * Colour for the status words used across both planes (tenants, subscriptions, appointments, prescriptions).
 * Unknown statuses fall back to neutral rather than failing, so a new enum value still renders.
 */
const statusTones: Record<string, BadgeTone> = {
  ACTIVE: 'success',
  COMPLETED: 'success',
  CONFIRMED: 'success',
  PAID: 'success',
  DISPENSED: 'success',
  PROVISIONING: 'info',
  PENDING: 'info',
  SCHEDULED: 'info',
  TRIALING: 'info',
  IN_PROGRESS: 'info',
  CHECKED_IN: 'info',
  SUSPENDED: 'warning',
  DRAINING: 'warning',
  QUEUED: 'info',
  RUNNING: 'info',
  SUCCEEDED: 'success',
  FINALIZED: 'neutral',
  OFFLINE: 'neutral',
  PAST_DUE: 'warning',
  LOW_STOCK: 'warning',
  FAILED: 'danger',
  CANCELLED: 'neutral',
  CANCELED: 'neutral',
  NO_SHOW: 'danger',
  EXPIRED: 'neutral',
  DELETED: 'neutral',
  INACTIVE: 'neutral',
};

function statusTone(status: string): BadgeTone {
  return statusTones[status.toUpperCase()] ?? 'neutral';
}

/** "PAST_DUE" → "Past due": operators read words, not enum constants. */
export function humanizeStatus(status: string): string {
  const words = status.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function StatusBadge({ status, className }: { status: string; className?: string }) {
  return (
    <Badge tone={statusTone(status)} dot className={className}>
      {humanizeStatus(status)}
    </Badge>
  );
}
