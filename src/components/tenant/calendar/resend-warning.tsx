'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * A warning inside a form whose button sends the same form again with an override (double-book, record a past
 * visit), so the override is always a deliberate second click.
 */
export function ResendWarning({
  title,
  actionLabel,
  pending,
  onResend,
  children,
}: {
  title: string;
  actionLabel: string;
  pending: boolean;
  onResend: (form: HTMLFormElement) => unknown;
  children?: ReactNode;
}) {
  return (
    <Alert
      tone="warning"
      title={title}
      action={
        <Button
          size="sm"
          variant="secondary"
          pending={pending}
          onClick={(event) => {
            // The button sits inside the form it sends again.
            const form = event.currentTarget.form;
            if (form) void onResend(form);
          }}
        >
          {actionLabel}
        </Button>
      }
    >
      {children}
    </Alert>
  );
}
