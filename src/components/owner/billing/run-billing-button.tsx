'use client';

import { Button } from '@/components/ui/button';
import { useApiAction } from '@/components/owner/use-api-action';

/** Runs the billing run and dunning now (they also run hourly). */
export function RunBillingButton() {
  const { run, pending } = useApiAction();
  return (
    <Button
      variant="secondary"
      pending={pending}
      pendingLabel="Running…"
      onClick={() =>
        run<{ invoicesIssued: number }>('POST', '/api/owner/billing/run', {}, 'Billing run finished.')
      }
    >
      Run billing now
    </Button>
  );
}
