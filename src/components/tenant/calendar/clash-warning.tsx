'use client';

import type { ReactNode } from 'react';
import { ResendWarning } from './resend-warning';

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
    <ResendWarning
      title="The veterinarian is already booked then"
      actionLabel="Double-book"
      pending={pending}
      onResend={onDoubleBook}
    >
      {children}
    </ResendWarning>
  );
}
