'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useMutation } from '@/components/ui/use-mutation';

/** Shown on a FAILED tenant: runs provisioning again from where it stopped. */
export function RetryProvisioningButton({ tenantId }: { tenantId: string }) {
  const { run, pending, error: failure } = useMutation();
  return (
    <div className="space-y-3">
      <Button
        onClick={() =>
          run('POST', `/api/owner/tenants/${tenantId}/retry`, undefined, { success: 'The tenant is active.' })
        }
        pending={pending}
        pendingLabel="Provisioning…"
      >
        Retry provisioning
      </Button>
      {failure ? <Alert tone="danger">{failure.message}</Alert> : null}
    </div>
  );
}
