'use client';

import { SelectField, TextField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { useMutation } from '@/components/ui/use-mutation';
import { OWNER_FIELD_LIMITS as L } from '@/lib/owner-field-limits';

const toNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Registers a PostgreSQL server; the API tests the connection and admin rights and names what failed. */
export function AddServerDialog() {
  const mutation = useMutation();
  const { run } = mutation;
  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const text = (name: string) => formText(form, name);
    const poolerHost = text('poolerHost').trim();
    const body = {
      name: text('name'),
      host: text('host'),
      port: toNumber(text('port')) ?? 5432,
      adminUser: text('adminUser'),
      adminPassword: text('adminPassword'),
      capacity: toNumber(text('capacity')),
      ...(poolerHost ? { poolerHost, poolerPort: toNumber(text('poolerPort')) ?? 6432 } : {}),
    };
    if ((await run('POST', '/api/owner/servers', body, { success: `${body.name} was registered.` })).ok)
      close();
  }
  return (
    <FormDialog
      triggerLabel="Add server"
      title="Add a database server"
      description="Clinic databases can be placed on it once it answers as an admin with CREATEDB and CREATEROLE."
      submitLabel="Test and add"
      pendingLabel="Testing…"
      status={mutation}
      onSubmit={onSubmit}
    >
      <TextField label="Name" name="name" required maxLength={L.serverName.max} hint="e.g. pg-2" />
      <div className="grid grid-cols-3 gap-3">
        <TextField label="Host" name="host" required maxLength={L.host.max} className="col-span-2" />
        <TextField label="Port" name="port" inputMode="numeric" defaultValue="5432" />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Admin user"
          name="adminUser"
          required
          maxLength={L.adminUser.max}
          autoComplete="off"
        />
        <TextField
          label="Admin password"
          name="adminPassword"
          type="password"
          required
          maxLength={L.adminPassword.max}
          autoComplete="new-password"
        />
      </div>
      <TextField label="Capacity (clinics)" name="capacity" inputMode="numeric" required defaultValue="500" />
      <div className="grid grid-cols-3 gap-3">
        <TextField
          label="PgBouncer host"
          name="poolerHost"
          maxLength={L.host.max}
          className="col-span-2"
          hint="Optional; transaction mode"
        />
        <TextField label="Port" name="poolerPort" inputMode="numeric" placeholder="6432" />
      </div>
    </FormDialog>
  );
}

/** Status (ACTIVE takes clinics, DRAINING keeps its own but takes none, OFFLINE) and capacity of one server. */
export function EditServerDialog({
  server,
}: {
  server: { id: string; name: string; status: string; capacity: number };
}) {
  const mutation = useMutation();
  const { run } = mutation;
  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const body = { status: formText(form, 'status'), capacity: toNumber(formText(form, 'capacity')) };
    if (
      (await run('PATCH', `/api/owner/servers/${server.id}`, body, { success: `${server.name} was saved.` }))
        .ok
    )
      close();
  }
  return (
    <FormDialog
      triggerLabel="Edit"
      triggerVariant="secondary"
      triggerSize="sm"
      title={`Edit ${server.name}`}
      submitLabel="Save"
      status={mutation}
      onSubmit={onSubmit}
    >
      <SelectField label="Status" name="status" defaultValue={server.status}>
        <option value="ACTIVE">Active: takes new clinics</option>
        <option value="DRAINING">Draining: keeps its clinics, takes no new ones</option>
        <option value="OFFLINE">Offline</option>
      </SelectField>
      <TextField
        label="Capacity (clinics)"
        name="capacity"
        inputMode="numeric"
        required
        defaultValue={String(server.capacity)}
      />
    </FormDialog>
  );
}
