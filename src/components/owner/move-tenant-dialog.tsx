'use client';

import { SelectField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';

/** Starts a move of the clinic's database to another ACTIVE server (a background job; progress on the page). */
export function MoveTenantDialog({
  tenantId,
  servers,
}: {
  tenantId: string;
  servers: Array<{ id: string; name: string; free: number }>;
}) {
  const mutation = useMutation();
  const { run } = mutation;
  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const serverId = formText(form, 'serverId');
    const result = await run(
      'POST',
      `/api/owner/tenants/${tenantId}/move`,
      { serverId },
      { success: 'The move has started.' },
    );
    if (result.ok) close();
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
      status={mutation}
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
