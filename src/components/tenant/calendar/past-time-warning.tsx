'use client';

import { formatDateTime } from '@/lib/format/dates';
import { ResendWarning } from './resend-warning';

/**
 * Shown when the chosen start has gone by (seen before sending, or answered APPOINTMENT_IN_PAST). "Record past
 * visit" sends the same form again with allowPast, so recording a visit in the past is always a deliberate second
 * click.
 */
export function PastTimeWarning({
  pending,
  startsAt,
  timeZone,
  onRecordPast,
}: {
  pending: boolean;
  startsAt: string;
  timeZone: string;
  onRecordPast: (form: HTMLFormElement) => unknown;
}) {
  return (
    <ResendWarning
      title="This time is in the past"
      actionLabel="Record past visit"
      pending={pending}
      onResend={onRecordPast}
    >
      {formatDateTime(startsAt, timeZone)} has already gone by. Pick a later time, or record a visit that
      already happened.
    </ResendWarning>
  );
}
