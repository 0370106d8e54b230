'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useApiAction } from './use-api-action';

/** Shown on a FAILED tenant: runs provisioning again from where it stopped. */
export function RetryProvisioningButton({ tenantId }: { tenantId: string }) {
  const { run, pending, failure } = useApiAction();
  return (
    <div className="space-y-3">
      <Button
        onClick={() =>
          run('POST', `/api/owner/tenants/${tenantId}/retry`, undefined, 'The tenant is active.')
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
