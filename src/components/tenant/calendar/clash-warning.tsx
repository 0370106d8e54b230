'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * Shown when the server answers APPOINTMENT_CONFLICT: the veterinarian is busy then. "Double-book" sends the same
 * form again with the override, so a double booking is always a deliberate second click.
 */
export function ClashWarning({
  pending,
  onDoubleBook,
  children,
}: {
  pending: boolean;
  onDoubleBook: (form: HTMLFormElement) => unknown;
  children?: ReactNode;
}) {
  return (
    <Alert
      tone="warning"
      title="The veterinarian is already booked then"
      action={
        <Button
          size="sm"
          variant="secondary"
          pending={pending}
          onClick={(event) => {
            // The button sits inside the form it sends again.
            const form = event.currentTarget.form;
            if (form) void onDoubleBook(form);
          }}
        >
          Double-book
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
