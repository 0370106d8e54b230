'use client';

import { Button } from '@/components/ui/button';
import { useMutation } from '@/components/ui/use-mutation';

/** Runs the billing run and dunning now (they also run hourly). */
export function RunBillingButton() {
  const { run, pending } = useMutation();
  return (
    <Button
      variant="secondary"
      pending={pending}
      pendingLabel="Running…"
      onClick={() =>
        run<{ invoicesIssued: number }>(
          'POST',
          '/api/owner/billing/run',
          {},
          { success: 'Billing run finished.' },
        )
      }
    >
      Run billing now
    </Button>
  );
}
