'use client';

import { SelectField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { useApiAction } from './use-api-action';

/** Starts a move of the clinic's database to another ACTIVE server (a background job; progress on the page). */
export function MoveTenantDialog({
  tenantId,
  servers,
}: {
  tenantId: string;
  servers: Array<{ id: string; name: string; free: number }>;
}) {
  const { run, pending, failure, clearFailure } = useApiAction();
  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const serverId = formText(form, 'serverId');
    if (await run('POST', `/api/owner/tenants/${tenantId}/move`, { serverId }, 'The move has started.'))
      close();
  }
  return (
    <FormDialog
      triggerLabel="Move to another server"
      triggerVariant="secondary"
      triggerSize="sm"
      triggerDisabled={servers.length === 0}
      triggerTitle={servers.length === 0 ? 'No other ACTIVE server has room' : undefined}
      title="Move this clinic"
      description="The clinic is in maintenance (503) while its database is copied and verified, usually seconds."
      submitLabel="Start move"
      pendingLabel="Starting…"
      status={{ pending, error: failure, reset: clearFailure }}
      onSubmit={onSubmit}
    >
      <SelectField label="Target server" name="serverId" required errorKey="serverId">
        {servers.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.free} free)
          </option>
        ))}
      </SelectField>
    </FormDialog>
  );
}
