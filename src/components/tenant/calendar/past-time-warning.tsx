'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format/dates';

/**
 * Shown when the chosen start has gone by (seen before sending, or answered APPOINTMENT_IN_PAST). "Record past
 * visit" sends the same form again with allowPast, so recording a visit in the past is always a deliberate second
 * click: the twin of ClashWarning.
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
    <Alert
      tone="warning"
      title="This time is in the past"
      action={
        <Button
          size="sm"
          variant="secondary"
          pending={pending}
          onClick={(event) => {
            // The button sits inside the form it sends again.
            const form = event.currentTarget.form;
            if (form) void onRecordPast(form);
          }}
        >
          Record past visit
        </Button>
      }
    >
      {formatDateTime(startsAt, timeZone)} has already gone by. Pick a later time, or record a visit that
      already happened.
    </Alert>
  );
}
