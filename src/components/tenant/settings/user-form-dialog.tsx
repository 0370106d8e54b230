'use client';

import { useState } from 'react';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/fields';
import { FormDialog, type FormDialogHelpers, type FormDialogTriggerProps } from '@/components/ui/form-dialog';
import { formText } from '@/components/ui/form-data';
import { type UserView } from '@/server/tenant/pages/view-types';
import { ROLE_LABELS } from '../shell/nav-items';
import { useMutation } from '@/components/ui/use-mutation';
import { TemporaryPassword } from './temporary-password';

/** Adds a staff member (with a password, or a temporary one shown once) or edits name, email, role and practices. */
export function UserFormDialog({
  user,
  practices,
  ...trigger
}: { user?: UserView; practices: Array<{ id: string; name: string }> } & FormDialogTriggerProps) {
  const mutation = useMutation();
  // Controlled, because the one-time temporary password replaces the form and its own button closes the dialog.
  const [open, setOpen] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [role, setRole] = useState(user?.role ?? 'VETERINARIAN');

  async function onSubmit(form: FormData, { close }: FormDialogHelpers) {
    const practiceIds = form.getAll('practiceIds').map(String);
    const base = { email: formText(form, 'email'), name: formText(form, 'name'), role, practiceIds };
    if (user) {
      const result = await mutation.run('PATCH', `/api/users/${user.id}`, base, { success: 'User updated.' });
      if (result.ok) close();
      return;
    }
    const password = formText(form, 'password');
    const result = await mutation.run<{ temporaryPassword?: string; invited?: true }>(
      'POST',
      '/api/users',
      password ? { ...base, password } : base,
      {
        success: (data) =>
          data.invited ? `${base.name} added and invited by e-mail.` : `${base.name} added.`,
      },
    );
    if (!result.ok) return;
    if (result.data.temporaryPassword) setTemporary(result.data.temporaryPassword);
    else close();
  }

  return (
    <FormDialog
      {...trigger}
      triggerSize={user ? 'sm' : 'md'}
      open={open}
      onOpenChange={setOpen}
      onOpen={() => {
        setTemporary(null);
        setRole(user?.role ?? 'VETERINARIAN');
      }}
      title={user ? `Edit ${user.name}` : 'Add a staff member'}
      submitLabel={user ? 'Save changes' : 'Add staff member'}
      status={mutation}
      onSubmit={onSubmit}
      result={temporary ? <TemporaryPassword password={temporary} onDone={() => setOpen(false)} /> : null}
    >
      <TextField label="Full name" name="name" maxLength={200} required defaultValue={user?.name} />
      <TextField
        label="Email"
        name="email"
        maxLength={254}
        type="email"
        required
        defaultValue={user?.email}
        autoComplete="off"
      />
      <SelectField
        label="Role"
        name="role"
        value={role}
        onChange={(e) => setRole(e.target.value as typeof role)}
      >
        {Object.entries(ROLE_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend="Works at"
        hint={role === 'ADMIN' ? 'Administrators see every practice.' : 'At least one practice.'}
        name="practiceIds"
        options={practices.map((p) => ({ value: p.id, label: p.name }))}
        defaultValue={user ? user.practiceIds : practices.length === 1 ? practices.map((p) => p.id) : []}
      />
      {user ? null : (
        <TextField
          label="Password (optional)"
          name="password"
          maxLength={200}
          type="password"
          autoComplete="new-password"
          hint="Leave empty to issue a temporary password that must be changed at first sign-in."
        />
      )}
    </FormDialog>
  );
}
